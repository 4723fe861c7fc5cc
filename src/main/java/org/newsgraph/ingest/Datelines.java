package org.newsgraph.ingest;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the publication date an article states about itself: "06 October, 2016", "6 October 2016",
 * "October 6, 2016", "Tuesday 13 December 2016 12:12 EST", "2016-10-06".
 *
 * <p>All-numeric dates with slashes or dots ("13/12/2016") are never used: day-first and month-first
 * conventions make them ambiguous, and a wrong date is worse than none.
 */
public final class Datelines {

    /** How far into the text a date may still be the article's own dateline. */
    static final int TOP_OF_TEXT = 600;

    /**
     * A line whose words besides the date are at most this many ("Published: Tuesday ... 12:12 EST",
     * "By Jane Doe, 6 October 2016") is a dateline; a sentence that mentions a date has more.
     */
    private static final int DATELINE_MAX_OTHER_WORDS = 4;
    private static final Pattern WORD = Pattern.compile("\\p{L}+");

    private static final int FIRST_PLAUSIBLE_YEAR = 1900;
    private static final int LAST_PLAUSIBLE_YEAR = 2100;

    private static final String MONTH = "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
            + "|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)";
    private static final String ORDINAL = "(?:st|nd|rd|th)?";

    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "\\b(\\d{1,2})" + ORDINAL + "\\s+(?:of\\s+)?" + MONTH + "\\.?,?\\s+(\\d{4})\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "\\b" + MONTH + "\\.?\\s+(\\d{1,2})" + ORDINAL + ",?\\s+(\\d{4})\\b", Pattern.CASE_INSENSITIVE);
    // Followed by a time ("2016-10-06T12:00") as often as by a space, so digits, not word boundaries, delimit it.
    private static final Pattern ISO_DATE = Pattern.compile("(?<![\\d-])(\\d{4}-\\d{2}-\\d{2})(?![\\d-])");

    private static final Pattern COMPACT_ISO_DATE = Pattern.compile("\\d{8}");

    private static final DateTimeFormatter DAY_MONTH_NAME_YEAR = new DateTimeFormatterBuilder()
            .parseCaseInsensitive()
            .appendPattern("d [MMMM][MMM] uuuu")
            .toFormatter(Locale.ENGLISH)
            .withResolverStyle(ResolverStyle.STRICT);

    /** A date candidate found in the text, normalised to "d MMMM uuuu" or ISO form for the formatter. */
    private record Candidate(int start, int end, String normalised, DateTimeFormatter formatter) {
        Optional<LocalDate> parse() {
            try {
                LocalDate date = LocalDate.parse(normalised, formatter);
                return date.getYear() >= FIRST_PLAUSIBLE_YEAR && date.getYear() <= LAST_PLAUSIBLE_YEAR
                        ? Optional.of(date) : Optional.empty();
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        }
    }

    private Datelines() {
    }

    /**
     * The publication date the text states, if any. A date standing on its own short line within the first
     * {@value #TOP_OF_TEXT} characters (a dateline) wins; failing that, the first plausible date near the top,
     * then the first plausible date anywhere. Years outside 1900-2100 are not plausible.
     */
    public static Optional<LocalDate> find(String text) {
        if (text == null || text.isEmpty()) {
            return Optional.empty();
        }
        List<Candidate> candidates = candidates(text);
        Optional<LocalDate> dateline = candidates.stream()
                .filter(candidate -> candidate.start() < TOP_OF_TEXT && standsOnItsOwnLine(text, candidate))
                .map(Candidate::parse)
                .flatMap(Optional::stream)
                .findFirst();
        if (dateline.isPresent()) {
            return dateline;
        }
        return candidates.stream().map(Candidate::parse).flatMap(Optional::stream).findFirst();
    }

    /**
     * Parses one date as written in a metadata cell: ISO ("2016-10-06", "2016-10-06T12:00:00Z"), compact ISO
     * ("20161006", as exports that store dates as numbers write it) or any dateline form.
     */
    static Optional<LocalDate> parseCell(String cell) {
        if (cell == null || cell.isBlank()) {
            return Optional.empty();
        }
        String value = cell.strip();
        if (COMPACT_ISO_DATE.matcher(value).matches()) {
            return new Candidate(0, value.length(), value, DateTimeFormatter.BASIC_ISO_DATE).parse();
        }
        List<Candidate> candidates = candidates(value);
        return candidates.isEmpty() ? Optional.empty() : candidates.get(0).parse();
    }

    private static List<Candidate> candidates(String text) {
        List<Candidate> candidates = new ArrayList<>();
        Matcher dayFirst = DAY_MONTH_YEAR.matcher(text);
        while (dayFirst.find()) {
            candidates.add(new Candidate(dayFirst.start(), dayFirst.end(),
                    dayFirst.group(1) + " " + monthName(dayFirst.group(2)) + " " + dayFirst.group(3),
                    DAY_MONTH_NAME_YEAR));
        }
        Matcher monthFirst = MONTH_DAY_YEAR.matcher(text);
        while (monthFirst.find()) {
            candidates.add(new Candidate(monthFirst.start(), monthFirst.end(),
                    monthFirst.group(2) + " " + monthName(monthFirst.group(1)) + " " + monthFirst.group(3),
                    DAY_MONTH_NAME_YEAR));
        }
        Matcher iso = ISO_DATE.matcher(text);
        while (iso.find()) {
            candidates.add(new Candidate(iso.start(), iso.end(), iso.group(1), DateTimeFormatter.ISO_LOCAL_DATE));
        }
        candidates.sort(Comparator.comparingInt(Candidate::start));
        return candidates;
    }

    /** "Sept" is the one common abbreviation that is neither the full name nor the three-letter form. */
    private static String monthName(String written) {
        return written.equalsIgnoreCase("sept") ? "Sep" : written;
    }

    private static boolean standsOnItsOwnLine(String text, Candidate candidate) {
        int lineStart = candidate.start();
        while (lineStart > 0 && !TextLines.isLineBreak(text.charAt(lineStart - 1))) {
            lineStart--;
        }
        int lineEnd = candidate.end();
        while (lineEnd < text.length() && !TextLines.isLineBreak(text.charAt(lineEnd))) {
            lineEnd++;
        }
        String rest = text.substring(lineStart, candidate.start()) + " " + text.substring(candidate.end(), lineEnd);
        return WORD.matcher(rest).results().count() <= DATELINE_MAX_OTHER_WORDS;
    }
}
