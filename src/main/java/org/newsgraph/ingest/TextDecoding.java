package org.newsgraph.ingest;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns the bytes of an input file into text the rest of the pipeline can trust: decoded (UTF-8, with a
 * Windows-1252 fallback), BOM stripped, line endings normalised to {@code \n}, mojibake repaired, control
 * characters replaced ({@link UnsafeCharacters}). Inputs that
 * are not text at all are rejected with a one-line reason.
 */
final class TextDecoding {

    static final String EMPTY_FILE = "empty file";
    static final String BINARY_FILE = "binary file, not text";
    static final String NOT_UTF8 = "not UTF-8; read as Windows-1252";
    static final String CONTROL_CHARACTERS = "control characters replaced by spaces";

    /** More control characters than this share of the bytes means the file is not text in any encoding. */
    private static final double MAX_CONTROL_CHAR_SHARE = 0.10;
    private static final double BYTES_PER_MB = 1024.0 * 1024.0;

    /** Decoded text plus what had to be repaired or guessed on the way (each a one-line warning reason). */
    record Decoded(String text, List<String> warnings) {
        Decoded {
            warnings = List.copyOf(warnings);
        }
    }

    /** The input is not usable text; {@link #getMessage()} is the one-line reason. */
    static final class Rejected extends Exception {
        private static final long serialVersionUID = 1L;

        Rejected(String reason) {
            super(reason);
        }
    }

    private TextDecoding() {
    }

    /** Reads and decodes a file, refusing it unread when it is larger than {@code maxBytes}. */
    static Decoded read(Path file, long maxBytes) throws IOException, Rejected {
        long size = Files.size(file);
        if (size > maxBytes) {
            throw new Rejected(tooLarge(size, maxBytes));
        }
        return decode(Files.readAllBytes(file));
    }

    static Decoded decode(byte[] bytes) throws Rejected {
        if (bytes.length == 0) {
            throw new Rejected(EMPTY_FILE);
        }
        List<String> warnings = new ArrayList<>();
        String text;
        if (hasUtf16ByteOrderMark(bytes)) {
            // UTF-16 is full of NUL bytes, so it has to be recognised before the binary check.
            text = new String(bytes, StandardCharsets.UTF_16);
        } else {
            if (looksBinary(bytes)) {
                throw new Rejected(BINARY_FILE);
            }
            int offset = hasUtf8ByteOrderMark(bytes) ? 3 : 0;
            text = decodeUtf8Strictly(bytes, offset);
            if (text == null) {
                text = new String(bytes, offset, bytes.length - offset, Mojibake.WINDOWS_1252);
                warnings.add(NOT_UTF8);
            }
        }
        text = stripLeadingBom(normaliseLineEndings(text));
        Mojibake.Repair repair = Mojibake.repair(text);
        if (repair.sequences() > 0) {
            text = repair.text();
            warnings.add(mojibakeWarning(repair));
        }
        // After the mojibake repair, which reads C1 controls as the UTF-8 bytes they once were.
        UnsafeCharacters.Cleaned cleaned = UnsafeCharacters.clean(text);
        if (cleaned.replaced() > 0) {
            text = cleaned.text();
            warnings.add(CONTROL_CHARACTERS);
        }
        if (TextLines.isBlank(text)) {
            throw new Rejected(EMPTY_FILE);
        }
        return new Decoded(text, warnings);
    }

    /** CRLF and lone CR (old Mac exports) both become LF, so offsets mean the same on every platform. */
    static String normaliseLineEndings(String text) {
        return text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n").replace('\r', '\n');
    }

    static String mojibakeWarning(Mojibake.Repair repair) {
        return "mojibake (UTF-8 read as Windows-1252, e.g. '" + repair.firstExample() + "') repaired in "
                + repair.sequences() + (repair.sequences() == 1 ? " place" : " places");
    }

    /** "too large (5.0 MB, limit 2.0 MB)", falling back to exact bytes when one decimal would hide the excess. */
    static String tooLarge(long size, long limit) {
        String sizeMb = megabytes(size);
        String limitMb = megabytes(limit);
        return sizeMb.equals(limitMb)
                ? "too large (" + size + " bytes, limit " + limit + " bytes)"
                : "too large (" + sizeMb + ", limit " + limitMb + ")";
    }

    /**
     * As {@link #tooLarge}, naming the option that sets the limit: unlike the limit on corpus files, which only
     * protects memory, this one is a judgement about news articles that a user may rightly overrule.
     */
    static String articleTooLarge(long size, long limit) {
        return tooLarge(size, limit).replaceFirst("\\)$", "; --max-article-size sets the limit)");
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / BYTES_PER_MB);
    }

    private static boolean looksBinary(byte[] bytes) {
        int control = 0;
        for (byte b : bytes) {
            if (b == 0) {
                return true;
            }
            if (isControlNotWhitespace(b)) {
                control++;
            }
        }
        return control > bytes.length * MAX_CONTROL_CHAR_SHARE;
    }

    private static boolean isControlNotWhitespace(byte b) {
        return (b >= 0 && b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') || b == 0x7F;
    }

    private static String decodeUtf8Strictly(byte[] bytes, int offset) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static boolean hasUtf8ByteOrderMark(byte[] bytes) {
        return bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF;
    }

    private static boolean hasUtf16ByteOrderMark(byte[] bytes) {
        return bytes.length >= 2
                && (((bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE)
                || ((bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF));
    }

    /** A BOM that survives decoding, as in files concatenated from parts that each carried one. */
    private static String stripLeadingBom(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
