package org.newsgraph.resolve;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Whether one place name names a part of (or the whole around) another: "eastern Aleppo" and "Aleppo", "East Aleppo"
 * and "Aleppo city", "Idlib province" and "Idlib". The names must be the same once the words of
 * {@code resolve/place-parts.txt} before and after them are set aside; no gazetteer is needed, and "New York" is no
 * part of "York".
 */
final class PlaceParts {

    private static final Set<String> PART_WORDS = load();

    private PlaceParts() {
    }

    /** Any name of one side contains, or is contained by, any name of the other (equal names included). */
    static boolean anyContains(Collection<String> a, Collection<String> b) {
        for (String x : a) {
            for (String y : b) {
                if (containOneAnother(x, y)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The two names are one place, or a part of it and the whole, once the part words around them are set aside. */
    static boolean containOneAnother(String a, String b) {
        List<String> x = core(words(a));
        List<String> y = core(words(b));
        return !x.isEmpty() && x.equals(y);
    }

    /** A name without the part words before and after it: "rebel-held eastern Varnholt" is "varnholt". */
    private static List<String> core(List<String> words) {
        int start = 0;
        int end = words.size();
        while (start < end && PART_WORDS.contains(words.get(start))) {
            start++;
        }
        while (end > start && PART_WORDS.contains(words.get(end - 1))) {
            end--;
        }
        return words.subList(start, end);
    }

    private static List<String> words(String name) {
        return Arrays.stream(Names.key(name).split(" ")).filter(w -> !w.isEmpty()).toList();
    }

    private static Set<String> load() {
        try (InputStream in = PlaceParts.class.getResourceAsStream("/resolve/place-parts.txt")) {
            if (in == null) {
                throw new IllegalStateException("missing resource /resolve/place-parts.txt; rebuild newsgraph");
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    // "rebel-held" is two words once a name is normalised
                    .flatMap(line -> words(line).stream())
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read /resolve/place-parts.txt", e);
        }
    }
}
