package org.newsgraph.nlp;

import edu.stanford.nlp.io.IOUtils;
import edu.stanford.nlp.pipeline.DefaultPaths;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.regex.Pattern;

/**
 * CoreNLP's fine-grained NER gazetteers (the KBP lists behind TITLE, NATIONALITY, COUNTRY, CITY, STATE_OR_PROVINCE)
 * without their regular-expression entries. TokensRegexNER finds a literal entry through an index but tries every
 * regular expression at every token: the 1,234 expressions ("Calif\.?", "[A-Z][a-zA-Z]+ activist", e-mail addresses,
 * transliterations with alternatives) cost about 300 ms an article, five times the rest of NER together, and on 35
 * news articles changed one tag of 18,445. The filtered copies are written once per machine and CoreNLP version.
 */
final class LiteralGazetteers {

    /** The value of {@code ner.fine.regexner.mapping} in an {@link NlpConfig} that stands for these gazetteers. */
    static final String SETTING = "newsgraph:literal-kbp-gazetteers";

    private static final Pattern REGEX_CHARACTERS = Pattern.compile("[.\\\\\\[\\](){}*+?|^$]");

    /** Written with CoreNLP's own options for each list (DefaultPaths.DEFAULT_KBP_TOKENSREGEX_NER_SETTINGS). */
    private static final String CASELESS_OPTIONS = "ignorecase=true,validpospattern=(NN|JJ|ADD).*,";

    private static final String CASELESS = "caseless.tab";
    private static final String CASED = "cased.tab";

    private static String mapping;

    private LiteralGazetteers() {
    }

    /** The mapping setting CoreNLP reads: the two filtered lists, with the options CoreNLP gives the originals. */
    static synchronized String mapping() {
        if (mapping == null) {
            Path folder = folder();
            Path caseless = filtered(DefaultPaths.DEFAULT_KBP_REGEXNER_CASELESS, folder.resolve(CASELESS));
            Path cased = filtered(DefaultPaths.DEFAULT_KBP_REGEXNER_CASED, folder.resolve(CASED));
            mapping = CASELESS_OPTIONS + caseless + ";" + cased;
        }
        return mapping;
    }

    /** True for a line whose pattern (its first column) is a regular expression rather than literal words. */
    static boolean isRegex(String line) {
        int tab = line.indexOf('\t');
        return REGEX_CHARACTERS.matcher(tab < 0 ? line : line.substring(0, tab)).find();
    }

    /**
     * A folder named after the lists' location, which names the models jar and so its version: another CoreNLP
     * version gets copies of its own lists. Shared by every newsgraph on the machine when it can be; a folder of
     * that name another user made and this one cannot use is passed over for one of this process's own.
     */
    private static Path folder() {
        String source = String.valueOf(LiteralGazetteers.class.getClassLoader()
                .getResource(DefaultPaths.DEFAULT_KBP_REGEXNER_CASELESS));
        String name = "newsgraph-gazetteers-" + AnnotationCache.sha256(source).substring(0, 12);
        Path shared = Path.of(System.getProperty("java.io.tmpdir"), name);
        try {
            Files.createDirectories(shared);
            if (Files.isWritable(shared) || (Files.isReadable(shared.resolve(CASELESS))
                    && Files.isReadable(shared.resolve(CASED)))) {
                return shared;
            }
        } catch (IOException e) {
            // Fall through to a folder of this process's own.
        }
        try {
            Path own = Files.createTempDirectory(name);
            own.toFile().deleteOnExit();
            own.resolve(CASELESS).toFile().deleteOnExit();
            own.resolve(CASED).toFile().deleteOnExit();
            return own;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the NER gazetteers anywhere: " + e.getMessage(), e);
        }
    }

    /**
     * The list without its regular expressions, byte for byte otherwise (read and written as ISO-8859-1, so CoreNLP
     * decodes the copy exactly as it decodes the original); written to a temporary file moved into place, so a
     * reader never sees half a list.
     */
    private static Path filtered(String resource, Path target) {
        if (Files.isRegularFile(target) && Files.isReadable(target)) {
            return target;
        }
        try {
            Path tmp = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".tmp");
            try (BufferedReader in = IOUtils.readerFromString(resource, "ISO-8859-1");
                 BufferedWriter out = Files.newBufferedWriter(tmp, StandardCharsets.ISO_8859_1)) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    if (!isRegex(line)) {
                        out.write(line);
                        out.write('\n');
                    }
                }
            }
            try {
                // Readable by everyone, as the lists in CoreNLP's jar are.
                Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-r--r--"));
            } catch (UnsupportedOperationException e) {
                // Not a POSIX file system: its default permissions stand.
            }
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target + " from CoreNLP's " + resource + ": "
                    + e.getMessage(), e);
        }
    }
}
