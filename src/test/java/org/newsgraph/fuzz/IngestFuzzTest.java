package org.newsgraph.fuzz;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.ingest.ArticleCollector;
import org.newsgraph.ingest.Document;
import org.newsgraph.ingest.IngestOptions;
import org.newsgraph.ingest.IngestProblem;
import org.newsgraph.ingest.IngestResult;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Random bytes and random Unicode as article files, CSV and JSONL corpora and manifests, under odd file names, through
 * the ingest stage: it never throws, reports every problem on one line naming an input, and every document it
 * delivers is text the later stages can carry. A failure names its seed; {@code -Dnewsgraph.fuzz.seed=SEED} makes
 * the first repetition use it.
 */
class IngestFuzzTest {

    static final long BASE_SEED = Long.getLong("newsgraph.fuzz.seed", 7_000_000L);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] COLUMNS = {"id", "date", "source", "title", "text", "body", "Text", "ID", ""};
    private static final String[] FILE_NAMES = {"plain", "with space", "line\nbreak", "bidi\u202Eevil", "\u5317\u4eac",
            "emoji\uD83C\uDF89", "quote\"and'", "back\\slash", "..dots", "-dash"};

    @TempDir
    Path temp;

    @RepeatedTest(60)
    void randomInputsNeverBreakIngest(RepetitionInfo repetition) throws IOException {
        long seed = BASE_SEED + repetition.getCurrentRepetition() - 1;
        RandomInput random = new RandomInput(seed);
        Path folder = Files.createDirectories(temp.resolve("in"));
        writeRandomInputs(random, folder);
        Path missing = temp.resolve("missing-" + seed + ".txt");
        IngestOptions options = IngestOptions.defaults().withMaxBytes(random.between(64, 1 << 16));

        IngestResult result;
        try {
            result = new ArticleCollector(options).collect(List.of(folder, missing));
        } catch (RuntimeException e) {
            throw new AssertionError(reproduce(seed) + ": ingest threw " + e, e);
        }

        List<IngestProblem> reports = new ArrayList<>(result.problems());
        reports.addAll(result.warnings());
        for (IngestProblem report : reports) {
            String message = report.message();
            assertTrue(message.lines().count() == 1 && message.chars().noneMatch(IngestFuzzTest::breaksALine),
                    () -> reproduce(seed) + ": not one line: " + message);
            assertTrue(report.origin().startsWith(folder.toString()) || report.origin().equals(missing.toString()),
                    () -> reproduce(seed) + ": does not name an input: " + message);
        }
        assertTrue(result.problems().stream().anyMatch(p -> p.origin().equals(missing.toString())),
                () -> reproduce(seed) + ": the missing input was not reported");

        Set<String> ids = new HashSet<>();
        for (Document document : result.documents()) {
            assertTrue(ids.add(document.id()), () -> reproduce(seed) + ": duplicate id " + document.id());
            assertTrue(!document.id().isBlank(), () -> reproduce(seed) + ": blank id from " + document.origin());
            assertEquals(document.text().length(), document.nlpText().length(), reproduce(seed));
            for (String field : new String[]{document.id(), document.text(), document.title(), document.source()}) {
                if (field != null) {
                    int bad = firstUnsafe(field);
                    assertTrue(bad < 0, () -> reproduce(seed) + ": " + document.origin() + " delivers U+"
                            + Integer.toHexString(field.charAt(bad)) + " at " + bad);
                }
            }
        }

        IngestResult again = new ArticleCollector(options).collect(List.of(folder, missing));
        assertEquals(result, again, reproduce(seed) + ": a second run over the same files differs");
    }

    private static String reproduce(long seed) {
        return "seed " + seed + " (rerun with -Dtest=IngestFuzzTest -Dnewsgraph.fuzz.seed=" + seed + ")";
    }

    private static boolean breaksALine(int c) {
        return c == '\n' || c == '\r' || c == 0x85 || c == 0x2028 || c == 0x2029 || c == 0x0B || c == 0x0C;
    }

    /** The index of the first character no export can carry, or -1. */
    private static int firstUnsafe(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
                continue;
            }
            boolean control = (c < 0x20 && c != '\t' && c != '\n') || (c >= 0x7F && c <= 0x9F);
            if (control || Character.isSurrogate(c) || c == '\uFFFE' || c == '\uFFFF') {
                return i;
            }
        }
        return -1;
    }

    private static void writeRandomInputs(RandomInput random, Path folder) throws IOException {
        Files.write(folder.resolve("bytes.txt"), random.bytes(2000));
        Files.write(folder.resolve(random.pick(FILE_NAMES) + ".txt"), encoded(random, random.text(3000)));
        Files.write(folder.resolve("prefixed.md"), withPrefix(random, encoded(random, random.text(500))));
        Files.write(folder.resolve("corpus.csv"), encoded(random, csv(random)));
        Files.write(folder.resolve("corpus.jsonl"), encoded(random, jsonl(random)));
        Files.write(folder.resolve("manifest.tsv"), encoded(random, manifest(random)));
        Path sub = Files.createDirectories(folder.resolve(random.pick(FILE_NAMES)));
        Files.writeString(sub.resolve("plain.txt"), "A copy under the same name: " + random.text(200));
    }

    private static byte[] encoded(RandomInput random, String text) {
        Charset charset = random.pick(new Charset[]{StandardCharsets.UTF_8, StandardCharsets.UTF_8,
                Charset.forName("windows-1252"), StandardCharsets.UTF_16, StandardCharsets.ISO_8859_1});
        return text.getBytes(charset);
    }

    private static byte[] withPrefix(RandomInput random, byte[] body) {
        byte[][] prefixes = {{}, {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, {(byte) 0xFF, (byte) 0xFE},
                {(byte) 0xFE, (byte) 0xFF}, {0}};
        byte[] prefix = prefixes[random.random().nextInt(prefixes.length)];
        byte[] bytes = new byte[prefix.length + body.length];
        System.arraycopy(prefix, 0, bytes, 0, prefix.length);
        System.arraycopy(body, 0, bytes, prefix.length, body.length);
        return bytes;
    }

    private static String csv(RandomInput random) {
        StringBuilder csv = new StringBuilder();
        int columns = random.between(1, 6);
        for (int c = 0; c < columns; c++) {
            csv.append(c == 0 ? "" : ",").append(cell(random, random.chance(0.8) ? random.pick(COLUMNS)
                    : random.text(10)));
        }
        csv.append(random.chance(0.5) ? "\r\n" : "\n");
        int rows = random.between(0, 12);
        for (int r = 0; r < rows; r++) {
            int cells = random.chance(0.8) ? columns : random.between(0, columns + 2);
            for (int c = 0; c < cells; c++) {
                String value = random.chance(0.3) ? "2016-10-0" + random.between(1, 9)
                        : random.chance(0.5) ? random.text(300) : random.word() + random.word() + random.word();
                csv.append(c == 0 ? "" : ",").append(random.chance(0.05) ? "\"" + value : cell(random, value));
            }
            csv.append('\n');
        }
        return csv.toString();
    }

    private static String cell(RandomInput random, String value) {
        return random.chance(0.7) ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }

    private static String jsonl(RandomInput random) {
        StringBuilder jsonl = new StringBuilder();
        int lines = random.between(0, 12);
        for (int l = 0; l < lines; l++) {
            if (random.chance(0.15)) {
                jsonl.append(random.text(80).replace('\n', ' ')).append('\n');
                continue;
            }
            ObjectNode object = JSON.createObjectNode();
            for (String field : new String[]{"id", "date", "source", "title", "text"}) {
                if (random.chance(0.75)) {
                    switch (random.between(0, 5)) {
                        case 0 -> object.put(field, random.between(-5, 100000));
                        case 1 -> object.putNull(field);
                        case 2 -> object.putArray(field).add(random.text(5));
                        default -> object.put(field, random.text(field.equals("text") ? 400 : 30)
                                + random.word() + random.word() + random.word());
                    }
                }
            }
            String line = object.toString();
            if (random.chance(0.3)) {
                // Escapes JSON allows but text should not carry: NUL, bell, unpaired surrogates, non-characters.
                line = line.replace("a", random.pick(new String[]{"\\u0000", "\\u0007", "\\ud800", "\\udfff",
                        "\\uffff", "\\u2028", "a"}));
            }
            jsonl.append(line).append('\n');
        }
        return jsonl.toString();
    }

    private static String manifest(RandomInput random) {
        StringBuilder tsv = new StringBuilder(random.chance(0.5) ? "# id\tpublished\tsource\ttitle\n" : "");
        int rows = random.between(0, 10);
        for (int r = 0; r < rows; r++) {
            int cells = random.chance(0.7) ? 4 : random.between(0, 6);
            for (int c = 0; c < cells; c++) {
                String value = switch (c) {
                    case 0 -> random.chance(0.5) ? "plain" : random.text(12);
                    case 1 -> random.chance(0.6) ? "2016-1" + random.between(0, 9) + "-0" + random.between(1, 9)
                            : random.text(10);
                    default -> random.text(40);
                };
                tsv.append(c == 0 ? "" : "\t").append(value.replace('\n', ' ').replace('\t', ' '));
            }
            tsv.append('\n');
        }
        return tsv.toString();
    }
}
