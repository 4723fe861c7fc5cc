package org.newsgraph.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * CoreNLP run the usual way: its own command-line pipeline, in a JVM of its own, over a list of files, writing one
 * JSON file an article, with the annotators people ask it for (entities, dependency parses, coreference, KBP
 * relations and quotes):
 * <pre>
 * java -mx4g -cp CLASSPATH edu.stanford.nlp.pipeline.StanfordCoreNLP \
 *     -annotators tokenize,ssplit,pos,lemma,ner,depparse,coref,kbp,quote \
 *     -filelist FILES -outputFormat json -outputDirectory DIR -threads 1
 * </pre>
 * Timed end to end, JVM start and model loading included, as newsgraph's build is.
 */
final class CoreNlpBaseline {

    static final String MAIN_CLASS = "edu.stanford.nlp.pipeline.StanfordCoreNLP";
    static final List<String> ANNOTATORS =
            List.of("tokenize", "ssplit", "pos", "lemma", "ner", "depparse", "coref", "kbp", "quote");

    private CoreNlpBaseline() {
    }

    static List<String> arguments(Path fileList, Path outputDirectory, int threads) {
        return List.of("-annotators", String.join(",", ANNOTATORS), "-filelist", fileList.toString(),
                "-outputFormat", "json", "-outputDirectory", outputDirectory.toString(),
                "-threads", Integer.toString(threads));
    }

    /**
     * The class path without newsgraph's own classes: CoreNLP, its models and its libraries, as in CoreNLP's
     * distribution (so newsgraph's logging settings do not quieten it either).
     */
    static String classpath(String fullClasspath) {
        return Arrays.stream(fullClasspath.split(File.pathSeparator))
                .filter(entry -> entry.endsWith(".jar"))
                .collect(Collectors.joining(File.pathSeparator));
    }

    /** One path a line, the format of {@code -filelist}. */
    static Path writeFileList(List<Path> files, Path fileList) {
        try {
            Files.write(fileList, files.stream().map(p -> p.toAbsolutePath().toString()).toList(),
                    StandardCharsets.UTF_8);
            return fileList;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + fileList + ": " + e.getMessage(), e);
        }
    }

    /** The JSON outputs written to {@code directory}. */
    static List<Path> outputs(Path directory) {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + directory + ": " + e.getMessage(), e);
        }
    }

    /** Tokens CoreNLP wrote: the entries of every sentence's {@code tokens} array, over all the JSON outputs. */
    static long countTokens(List<Path> outputs) {
        JsonFactory factory = new JsonFactory();
        long tokens = 0;
        for (Path output : outputs) {
            try (JsonParser parser = factory.createParser(output.toFile())) {
                tokens += countTokens(parser);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + output + ": " + e.getMessage(), e);
            }
        }
        return tokens;
    }

    /**
     * Counts the objects directly inside arrays named {@code tokens} that sit in objects inside the top-level
     * {@code sentences} array; other arrays named {@code tokens} (a quote's token span, say) are not tokens.
     */
    static long countTokens(JsonParser parser) throws IOException {
        long tokens = 0;
        List<String> path = new ArrayList<>();
        String field = null;
        for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
            switch (token) {
                case FIELD_NAME -> field = parser.currentName();
                case START_OBJECT, START_ARRAY -> {
                    if (token == JsonToken.START_OBJECT && path.size() == 4 && path.get(1).equals("sentences")
                            && path.get(3).equals("tokens")) {
                        tokens++;
                    }
                    path.add(field == null ? "" : field);
                    field = null;
                }
                case END_OBJECT, END_ARRAY -> path.remove(path.size() - 1);
                default -> field = null;
            }
        }
        return tokens;
    }
}
