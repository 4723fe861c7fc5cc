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
 * and "Aleppo city", "Idlib province" and "Idlib". The names must share a run of words and differ only by words of
 * {@code resolve/place-parts.txt} before or after it; no gazetteer is needed, and "New York" is no part of "York".
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

    static boolean containOneAnother(String a, String b) {
        List<String> x = words(a);
        List<String> y = words(b);
        if (x.isEmpty() || y.isEmpty()) {
            return false;
        }
        List<String> longer = x.size() >= y.size() ? x : y;
        List<String> shorter = x.size() >= y.size() ? y : x;
        if (shorter.stream().allMatch(PART_WORDS::contains)) {
            return false;
        }
        for (int start = 0; start + shorter.size() <= longer.size(); start++) {
            if (longer.subList(start, start + shorter.size()).equals(shorter)
                    && longer.subList(0, start).stream().allMatch(PART_WORDS::contains)
                    && longer.subList(start + shorter.size(), longer.size()).stream().allMatch(PART_WORDS::contains)) {
                return true;
            }
        }
        return false;
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
