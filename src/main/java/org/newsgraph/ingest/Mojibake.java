package org.newsgraph.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Repairs UTF-8 text that was once decoded as Windows-1252 or Latin-1 ("â€™" for "’", "Ã©" for "é",
 * "Â£" for "£"), a common scar of scraped and re-exported news corpora.
 *
 * <p>Each suspicious sequence (a UTF-8 lead byte's character followed by the right number of continuation
 * byte characters) is turned back into its bytes and decoded as UTF-8; it is replaced only when that decoding
 * is valid. Text that merely contains accented capitals is left alone because the sequence has to form a
 * complete, well-formed UTF-8 character and, for two-byte sequences, land in a script news is written in.
 */
final class Mojibake {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** What one repair pass changed. */
    record Repair(String text, int sequences, String firstExample) {
    }

    /**
     * The byte each character had before the mis-decoding: Windows-1252 for its 0x80-0x9F punctuation, and
     * Latin-1 identity for everything else below U+0100 (covers decoders that map 0x80-0x9F to C1 controls).
     */
    private static final Map<Character, Byte> ORIGINAL_BYTE = originalBytes();

    private static final String CONTINUATION = continuationClass();
    private static final Pattern SUSPICIOUS = Pattern.compile(
            "[\\u00C2-\\u00DF]" + CONTINUATION
                    + "|[\\u00E0-\\u00EF]" + CONTINUATION + "{2}"
                    + "|[\\u00F0-\\u00F4]" + CONTINUATION + "{3}");

    /** Latin, Greek, Cyrillic, Armenian, Hebrew and Arabic: the two-byte scripts news corpora are written in. */
    private static final int LAST_LIKELY_TWO_BYTE_CODE_POINT = 0x06FF;

    /** Double encoding ("Ã¢â‚¬â„¢") needs one pass per layer; real corpora rarely have more than two. */
    private static final int MAX_PASSES = 3;

    private Mojibake() {
    }

    static Repair repair(String text) {
        String current = text;
        int total = 0;
        String example = null;
        for (int pass = 0; pass < MAX_PASSES; pass++) {
            Repair repair = repairOnce(current);
            if (repair.sequences() == 0) {
                break;
            }
            total += repair.sequences();
            example = example == null ? repair.firstExample() : example;
            current = repair.text();
        }
        return new Repair(current, total, example);
    }

    /** How many sequences in {@code text} would be repaired: the mojibake markers it carries. */
    static int countMarkers(String text) {
        return repairOnce(text).sequences();
    }

    private static Repair repairOnce(String text) {
        Matcher matcher = SUSPICIOUS.matcher(text);
        StringBuilder out = null;
        int copiedUpTo = 0;
        int sequences = 0;
        String example = null;
        while (matcher.find()) {
            String decoded = redecode(matcher.group());
            if (decoded == null) {
                continue;
            }
            if (out == null) {
                out = new StringBuilder(text.length());
            }
            out.append(text, copiedUpTo, matcher.start()).append(decoded);
            copiedUpTo = matcher.end();
            sequences++;
            example = example == null ? matcher.group() : example;
        }
        if (out == null) {
            return new Repair(text, 0, null);
        }
        out.append(text, copiedUpTo, text.length());
        return new Repair(out.toString(), sequences, example);
    }

    /** The UTF-8 character the sequence's original bytes spell, or null when they spell none (or an unlikely one). */
    private static String redecode(String sequence) {
        byte[] bytes = new byte[sequence.length()];
        for (int i = 0; i < sequence.length(); i++) {
            Byte original = ORIGINAL_BYTE.get(sequence.charAt(i));
            if (original == null) {
                return null;
            }
            bytes[i] = original;
        }
        String decoded;
        try {
            decoded = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
        int codePoint = decoded.codePointAt(0);
        // An accented capital followed by a curly quote ("Ü’") also forms valid two-byte UTF-8, but into
        // scripts (Syriac, Thaana, N'Ko) that mis-decoded news text practically never stands for.
        boolean twoByte = bytes.length == 2;
        return twoByte && codePoint > LAST_LIKELY_TWO_BYTE_CODE_POINT ? null : decoded;
    }

    private static Map<Character, Byte> originalBytes() {
        Map<Character, Byte> bytes = new HashMap<>();
        for (int b = 0; b < 0x100; b++) {
            bytes.put((char) b, (byte) b);
        }
        for (int b = 0x80; b < 0xA0; b++) {
            CharBuffer decoded = decodeWindows1252((byte) b);
            if (decoded.length() == 1 && decoded.charAt(0) != '\uFFFD') {
                bytes.put(decoded.charAt(0), (byte) b);
            }
        }
        return Map.copyOf(bytes);
    }

    private static CharBuffer decodeWindows1252(byte b) {
        return WINDOWS_1252.decode(ByteBuffer.wrap(new byte[] {b}));
    }

    /** A regex character class of every character a UTF-8 continuation byte (0x80-0xBF) can be mis-decoded as. */
    private static String continuationClass() {
        StringBuilder cls = new StringBuilder("[\\u0080-\\u00BF");
        for (int b = 0x80; b < 0xA0; b++) {
            CharBuffer decoded = decodeWindows1252((byte) b);
            if (decoded.length() == 1 && decoded.charAt(0) != '\uFFFD' && decoded.charAt(0) > 0xFF) {
                cls.append(String.format("\\u%04X", (int) decoded.charAt(0)));
            }
        }
        return cls.append(']').toString();
    }
}
