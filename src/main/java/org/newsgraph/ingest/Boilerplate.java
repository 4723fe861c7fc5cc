package org.newsgraph.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Blanks out the lines of an article that are page furniture rather than reporting: subscription pleas,
 * comment prompts, notification banners, photo credits, share prompts, cookie notices and the like.
 *
 * <p>The patterns live in the resource {@value #RESOURCE}, which documents its own format. Masking never
 * changes the length of the text or the position of any newline, so offsets into the masked text are offsets
 * into the original.
 */
public final class Boilerplate {

    static final String RESOURCE = "/ingest/boilerplate.txt";

    /**
     * Line patterns only look at lines up to this length: a longer line is an article paragraph, and a
     * paragraph that happens to start like a plea ("Subscribe to ...") is still reporting.
     */
    static final int MAX_LINE_LENGTH = 300;

    /** A block whose end marker does not turn up within this many lines is not a block. */
    static final int MAX_BLOCK_LINES = 12;

    private static final Logger LOG = LoggerFactory.getLogger(Boilerplate.class);
    private static final String BLOCK_PREFIX = "@block ";
    private static final String BLOCK_SEPARATOR = " @until ";
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    record Block(Pattern start, Pattern end) {
    }

    record Rules(List<Pattern> lines, List<Block> blocks) {
    }

    private static final Rules RULES = load();

    private Boilerplate() {
    }

    /**
     * Returns {@code text} with every boilerplate line overwritten by spaces. Line breaks ({@code \n} and
     * {@code \r}) are kept, so the result has the same length and line structure.
     */
    public static String mask(String text) {
        List<TextLines.Span> spans = TextLines.spans(text);
        boolean[] masked = boilerplateLines(text, spans);
        char[] chars = null;
        for (int i = 0; i < spans.size(); i++) {
            if (!masked[i]) {
                continue;
            }
            if (chars == null) {
                chars = text.toCharArray();
            }
            TextLines.Span span = spans.get(i);
            for (int c = span.start(); c < span.end(); c++) {
                chars[c] = ' ';
            }
        }
        return chars == null ? text : new String(chars);
    }

    /** Whether a single line, on its own, is boilerplate by the line patterns. */
    public static boolean isBoilerplateLine(String line) {
        String content = TextLines.stripAll(line);
        return !content.isEmpty() && matchesLinePattern(content);
    }

    private static boolean[] boilerplateLines(String text, List<TextLines.Span> spans) {
        List<String> contents = spans.stream().map(span -> TextLines.stripAll(span.of(text))).toList();
        boolean[] masked = new boolean[spans.size()];
        for (int i = 0; i < contents.size(); i++) {
            String content = contents.get(i);
            if (masked[i] || content.isEmpty()) {
                continue;
            }
            int blockEnd = blockEnd(contents, i);
            if (blockEnd >= 0) {
                for (int j = i; j <= blockEnd; j++) {
                    masked[j] = true;
                }
            } else {
                masked[i] = matchesLinePattern(content);
            }
        }
        maskCaptionEchoes(contents, masked);
        return masked;
    }

    /**
     * Pages often print a photo's alt text and then the same caption with its credit appended; once the credited
     * line is masked, the uncredited copy just above it is the same caption and goes too.
     */
    private static void maskCaptionEchoes(List<String> contents, boolean[] masked) {
        for (int i = contents.size() - 2; i >= 0; i--) {
            String line = contents.get(i);
            String next = contents.get(i + 1);
            if (!masked[i] && masked[i + 1] && !line.isEmpty() && next.length() > line.length() && next.startsWith(line)) {
                masked[i] = true;
            }
        }
    }

    /** Index of the last line of a block starting at line {@code i}, or -1 when no block starts there. */
    private static int blockEnd(List<String> contents, int i) {
        for (Block block : RULES.blocks()) {
            if (!block.start().matcher(contents.get(i)).matches()) {
                continue;
            }
            int limit = Math.min(contents.size() - 1, i + MAX_BLOCK_LINES);
            for (int j = i + 1; j <= limit; j++) {
                if (block.end().matcher(contents.get(j)).matches()) {
                    return j;
                }
            }
            // The opening line of a plea is boilerplate by itself even when the rest of the block is not found.
            return i;
        }
        return -1;
    }

    private static boolean matchesLinePattern(String content) {
        if (content.length() > MAX_LINE_LENGTH) {
            return false;
        }
        for (Pattern pattern : RULES.lines()) {
            if (pattern.matcher(content).matches()) {
                return true;
            }
        }
        return false;
    }

    static Rules rules() {
        return RULES;
    }

    private static Rules load() {
        try (InputStream in = Boilerplate.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("boilerplate patterns missing from the class path: " + RESOURCE);
            }
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                Rules rules = parse(reader.lines().toList());
                LOG.debug("loaded {} boilerplate line patterns and {} block patterns from {}",
                        rules.lines().size(), rules.blocks().size(), RESOURCE);
                return rules;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** Parses the pattern file format; a broken pattern is a build defect, so it fails loudly with its line. */
    static Rules parse(List<String> fileLines) {
        List<Pattern> lines = new ArrayList<>();
        List<Block> blocks = new ArrayList<>();
        for (int n = 0; n < fileLines.size(); n++) {
            String line = fileLines.get(n).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            try {
                if (line.startsWith(BLOCK_PREFIX)) {
                    String body = line.substring(BLOCK_PREFIX.length());
                    int separator = body.indexOf(BLOCK_SEPARATOR);
                    if (separator < 0) {
                        throw new IllegalStateException(RESOURCE + ":" + (n + 1) + ": block without" + BLOCK_SEPARATOR);
                    }
                    blocks.add(new Block(compile(body.substring(0, separator)),
                            compile(body.substring(separator + BLOCK_SEPARATOR.length()))));
                } else {
                    lines.add(compile(line));
                }
            } catch (PatternSyntaxException e) {
                throw new IllegalStateException(RESOURCE + ":" + (n + 1) + ": bad pattern: " + e.getDescription(), e);
            }
        }
        return new Rules(List.copyOf(lines), List.copyOf(blocks));
    }

    private static Pattern compile(String regex) {
        return Pattern.compile(regex.strip(), FLAGS);
    }
}
