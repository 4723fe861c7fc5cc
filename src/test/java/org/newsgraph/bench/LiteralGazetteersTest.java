package org.newsgraph.bench;

import org.junit.jupiter.api.Test;
import org.newsgraph.nlp.NlpConfig;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The default pipeline's fine-grained NER lists: CoreNLP's own, every literal entry kept, every regular expression
 * dropped (what the benchmark measured). Reads the lists from the models jar; builds no pipeline.
 */
class LiteralGazetteersTest {

    private static final Pattern REGEX = Pattern.compile("[.\\\\\\[\\](){}*+?|^$]");

    @Test
    void theDefaultMappingNamesTwoListsOfLiteralEntriesWithCoreNlpsOptions() throws IOException {
        String mapping = NlpConfig.standard().toProperties().getProperty("ner.fine.regexner.mapping");
        assertTrue(mapping.startsWith("ignorecase=true,validpospattern=(NN|JJ|ADD).*,"), mapping);
        List<String> files = List.of(mapping.substring(mapping.lastIndexOf(',') + 1).split(";"));
        assertEquals(2, files.size(), mapping);
        List<String> caseless = Files.readAllLines(Path.of(files.get(0)), StandardCharsets.ISO_8859_1);
        List<String> cased = Files.readAllLines(Path.of(files.get(1)), StandardCharsets.ISO_8859_1);
        assertTrue(caseless.size() > 500_000, "caseless entries: " + caseless.size());
        assertTrue(cased.size() > 4_000, "cased entries: " + cased.size());
        assertTrue(caseless.contains("prime minister\tTITLE\tMISC\t2"));
        for (List<String> list : List.of(caseless, cased)) {
            assertTrue(list.stream().map(line -> line.split("\t")[0]).noneMatch(p -> REGEX.matcher(p).find()));
        }
    }

    @Test
    void theConfigurationKeepsTheSymbolicNameSoCacheKeysDoNotDependOnTheMachine() {
        assertTrue(NlpConfig.standard().fingerprint().contains(NlpConfig.LITERAL_FINE_GRAINED_GAZETTEERS));
    }
}
