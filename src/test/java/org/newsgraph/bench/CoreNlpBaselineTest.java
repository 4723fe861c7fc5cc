package org.newsgraph.bench;

import com.fasterxml.jackson.core.JsonFactory;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CoreNlpBaselineTest {

    @Test
    void tokensAreTheEntriesOfEachSentencesTokenArrayOnly() throws IOException {
        String json = """
                {"docId": "a.txt",
                 "sentences": [
                   {"index": 0, "basicDependencies": [{"dep": "ROOT"}],
                    "entitymentions": [{"text": "Blair", "tokens": [{"index": 1}]}],
                    "tokens": [{"index": 1, "word": "Blair"}, {"index": 2, "word": "spoke"}, {"index": 3}]},
                   {"index": 1, "tokens": [{"index": 1, "word": "Yes"}]}
                 ],
                 "corefs": {"1": [{"id": 1, "text": "Blair"}]},
                 "quotes": [{"text": "\\"Yes\\"", "tokens": [{"index": 1}, {"index": 2}]}]}
                """;
        assertEquals(4, CoreNlpBaseline.countTokens(new JsonFactory().createParser(json)));
    }

    @Test
    void theCommandLineIsCoreNlpsOwnWithTheUsualAnnotators() {
        List<String> args = CoreNlpBaseline.arguments(Path.of("files.txt"), Path.of("out"), 1);
        assertEquals(List.of("-annotators", "tokenize,ssplit,pos,lemma,ner,depparse,coref,kbp,quote",
                "-filelist", "files.txt", "-outputFormat", "json", "-outputDirectory", "out", "-threads", "1"), args);
    }

    @Test
    void theClassPathKeepsTheLibrariesAndDropsNewsgraphsClasses() {
        String full = String.join(File.pathSeparator, "/home/ng/target/classes", "/m2/corenlp-4.5.10.jar",
                "/m2/corenlp-4.5.10-models.jar", "/m2/jollyday.jar");
        assertEquals(String.join(File.pathSeparator, "/m2/corenlp-4.5.10.jar", "/m2/corenlp-4.5.10-models.jar",
                "/m2/jollyday.jar"), CoreNlpBaseline.classpath(full));
    }
}
