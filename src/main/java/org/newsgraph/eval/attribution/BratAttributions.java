package org.newsgraph.eval.attribution;

import org.newsgraph.eval.attribution.GoldAttribution.Kind;
import org.newsgraph.eval.attribution.GoldAttribution.SourceKind;
import org.newsgraph.eval.attribution.GoldAttribution.Span;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A folder of articles annotated with attributions in brat standoff format. Two layouts are read: the article and its
 * annotations side by side ({@code NAME.txt}, {@code NAME.ann}), or in {@code text/NAME.txt} and
 * {@code attributions/NAME[_ANNOTATOR].ann} (PolNeAR's). When an article has several annotators' files, the first
 * in name order is used. The document id is the text file's name without {@code .txt}, as {@code newsgraph build}
 * names it.
 * <p>
 * An attribution is an event line ({@code E1 Attribution:T4 Content:T3 Cue:T2 Source:T1}) whose type starts with
 * {@code Attribution}; its content spans (Content, Content2, ...) and its source span are text-bound lines
 * ({@code T3 Content 115 290;300 320 text}). Other event types (Discard, Discuss) are not attributions.
 */
public final class BratAttributions {

    private static final Pattern SPAN_LINE = Pattern.compile("(T\\d+)\\t(\\S+) ([\\d ;]+)\\t?(.*)");
    private static final String QUOTE_MARKS = "\"“”„«»";
    private static final Set<String> UNNAMED_CAPITALS = Set.of("he", "she", "it", "they", "we", "i", "you", "the",
            "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "our", "my", "your", "one",
            "some", "many", "several", "both", "other", "others", "another", "most", "officials", "sources");

    private final Map<String, String> texts;
    private final Map<String, List<GoldAttribution>> attributions;

    private BratAttributions(Map<String, String> texts, Map<String, List<GoldAttribution>> attributions) {
        this.texts = texts;
        this.attributions = attributions;
    }

    /** The documents in id order. */
    public List<String> documents() {
        return List.copyOf(texts.keySet());
    }

    public String text(String document) {
        return texts.get(document);
    }

    public List<GoldAttribution> attributionsOf(String document) {
        return attributions.getOrDefault(document, List.of());
    }

    /**
     * Reads the folder. Throws {@link BratFormatException} naming the file and the problem when the folder holds no
     * annotated article or an annotation file is malformed.
     */
    public static BratAttributions read(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new BratFormatException(folder + ": not a folder");
        }
        Path textFolder = Files.isDirectory(folder.resolve("text")) ? folder.resolve("text") : folder;
        Path annotationFolder = Files.isDirectory(folder.resolve("attributions")) ? folder.resolve("attributions")
                : folder;
        Map<String, Path> textFiles = filesEndingWith(textFolder, ".txt");
        Map<String, Path> annotationFiles = filesEndingWith(annotationFolder, ".ann");
        Map<String, String> texts = new LinkedHashMap<>();
        Map<String, List<GoldAttribution>> attributions = new LinkedHashMap<>();
        for (Map.Entry<String, Path> entry : textFiles.entrySet()) {
            String id = entry.getKey();
            Optional<Path> annotation = annotationFor(id, annotationFiles);
            if (annotation.isEmpty()) {
                continue;
            }
            String text = readString(entry.getValue());
            texts.put(id, text);
            attributions.put(id, parse(id, text, annotation.get()));
        }
        if (texts.isEmpty()) {
            throw new BratFormatException(folder + ": no article with brat annotations (NAME.txt beside NAME.ann, "
                    + "or text/NAME.txt and attributions/NAME_ANNOTATOR.ann)");
        }
        return new BratAttributions(texts, attributions);
    }

    private static Optional<Path> annotationFor(String id, Map<String, Path> annotationFiles) {
        Path exact = annotationFiles.get(id);
        if (exact != null) {
            return Optional.of(exact);
        }
        // NAME_ANNOTATOR.ann: the annotator suffix is a short code without underscores
        return annotationFiles.entrySet().stream()
                .filter(e -> e.getKey().startsWith(id + "_") && e.getKey().indexOf('_', id.length() + 1) < 0)
                .map(Map.Entry::getValue).findFirst();
    }

    private static Map<String, Path> filesEndingWith(Path folder, String suffix) {
        Map<String, Path> files = new TreeMap<>();
        try (Stream<Path> list = Files.list(folder)) {
            list.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().endsWith(suffix))
                    .forEach(p -> {
                        String name = p.getFileName().toString();
                        files.put(name.substring(0, name.length() - suffix.length()), p);
                    });
        } catch (IOException e) {
            throw new BratFormatException(folder + ": cannot list the folder: " + e.getMessage());
        }
        return files;
    }

    private static String readString(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (java.nio.charset.MalformedInputException e) {
            throw new BratFormatException(file + ": not UTF-8");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record SpanLine(String label, List<Span> spans, String text) {}

    static List<GoldAttribution> parse(String document, String text, Path file) {
        Map<String, SpanLine> spans = new HashMap<>();
        List<String[]> events = new ArrayList<>();
        List<String> lines = List.of(readString(file).split("\\R"));
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n);
            if (line.isBlank() || line.startsWith("#") || line.startsWith("A") || line.startsWith("R")
                    || line.startsWith("*") || line.startsWith("N")) {
                continue;
            }
            String where = file + " line " + (n + 1);
            if (line.startsWith("T")) {
                Matcher m = SPAN_LINE.matcher(line);
                if (!m.matches()) {
                    throw new BratFormatException(where + ": not a brat span line (T<n> TAB LABEL START END TAB text)");
                }
                spans.put(m.group(1), new SpanLine(m.group(2), offsets(m.group(3).strip(), text.length(), where),
                        m.group(4)));
            } else if (line.startsWith("E")) {
                String[] columns = line.split("\t");
                if (columns.length < 2) {
                    throw new BratFormatException(where + ": not a brat event line (E<n> TAB TYPE:T<n> ROLE:T<n> ...)");
                }
                events.add(new String[] {columns[0], columns[1], where});
            } else {
                throw new BratFormatException(where + ": unknown brat line '" + abbreviate(line) + "'");
            }
        }
        List<GoldAttribution> result = new ArrayList<>();
        for (String[] event : events) {
            attribution(document, text, event[0], event[1], event[2], spans).ifPresent(result::add);
        }
        result.sort(java.util.Comparator.comparingInt(GoldAttribution::contentBegin));
        return result;
    }

    private static Optional<GoldAttribution> attribution(String document, String text, String id, String arguments,
                                                         String where, Map<String, SpanLine> spans) {
        String[] parts = arguments.strip().split("\\s+");
        if (!parts[0].startsWith("Attribution")) {
            return Optional.empty();
        }
        List<Span> content = new ArrayList<>();
        Span source = null;
        for (String part : parts) {
            int colon = part.indexOf(':');
            if (colon < 0) {
                throw new BratFormatException(where + ": event argument '" + part + "' is not ROLE:ID");
            }
            String role = part.substring(0, colon);
            SpanLine line = spans.get(part.substring(colon + 1));
            if (line == null) {
                throw new BratFormatException(where + ": event refers to " + part.substring(colon + 1)
                        + ", which no span line defines");
            }
            if (role.startsWith("Content")) {
                content.addAll(line.spans());
            } else if (role.equals("Source") && !line.spans().isEmpty()) {
                Span first = line.spans().get(0);
                Span last = line.spans().get(line.spans().size() - 1);
                source = new Span(first.begin(), last.end());
            }
        }
        if (content.isEmpty()) {
            return Optional.empty();
        }
        content.sort(java.util.Comparator.comparingInt(Span::begin));
        StringBuilder contentText = new StringBuilder();
        for (Span s : content) {
            contentText.append(contentText.isEmpty() ? "" : " … ").append(text, s.begin(), s.end());
        }
        String sourceText = source == null ? null : text.substring(source.begin(), source.end());
        return Optional.of(new GoldAttribution(document, id, content, contentText.toString(), source, sourceText,
                kindOf(contentText.toString()), sourceKindOf(sourceText)));
    }

    private static List<Span> offsets(String written, int textLength, String where) {
        List<Span> result = new ArrayList<>();
        for (String piece : written.split(";")) {
            String[] bounds = piece.strip().split(" ");
            if (bounds.length != 2) {
                throw new BratFormatException(where + ": span '" + piece + "' is not START END");
            }
            int begin = Integer.parseInt(bounds[0]);
            int end = Integer.parseInt(bounds[1]);
            if (begin > end || end > textLength) {
                throw new BratFormatException(where + ": span " + begin + "-" + end
                        + " lies outside the article text (" + textLength + " characters)");
            }
            result.add(new Span(begin, end));
        }
        return result;
    }

    /** Direct when the content, punctuation aside, opens and closes with a quotation mark; mixed when it holds one. */
    static Kind kindOf(String content) {
        String core = content.strip().replaceAll("^[\\p{Punct}&&[^\"]]+|[\\s.,;:!?—–-]+$", "");
        if (core.chars().noneMatch(c -> QUOTE_MARKS.indexOf(c) >= 0)) {
            return Kind.INDIRECT;
        }
        boolean opens = !core.isEmpty() && QUOTE_MARKS.indexOf(core.charAt(0)) >= 0;
        String beforeClose = core.replaceAll("[\\s.,;:!?—–-]+$", "");
        boolean closes = !beforeClose.isEmpty() && QUOTE_MARKS.indexOf(beforeClose.charAt(beforeClose.length() - 1)) >= 0;
        long marks = core.chars().filter(c -> QUOTE_MARKS.indexOf(c) >= 0).count();
        return opens && (closes || marks == 1) ? Kind.DIRECT : Kind.MIXED;
    }

    static SourceKind sourceKindOf(String source) {
        if (source == null || source.isBlank()) {
            return SourceKind.NONE;
        }
        for (String word : source.split("[^\\p{L}\\p{N}.'’-]+")) {
            String bare = word.replaceAll("^[^\\p{L}]+|[^\\p{L}]+$", "");
            if (!bare.isEmpty() && Character.isUpperCase(bare.charAt(0))
                    && !UNNAMED_CAPITALS.contains(bare.toLowerCase(Locale.ROOT))) {
                return SourceKind.NAMED;
            }
        }
        return SourceKind.DESCRIPTION;
    }

    private static String abbreviate(String line) {
        return line.length() <= 40 ? line : line.substring(0, 40) + "…";
    }
}
