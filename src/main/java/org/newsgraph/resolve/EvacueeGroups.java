package org.newsgraph.resolve;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Who an evacuation moves, in two broad groups read from the words of its reports ({@code resolve/evacuee-groups.tsv}):
 * foreign nationals taken home, or a place's own people. Operations for the two are told apart even from one city.
 */
public final class EvacueeGroups {

    /** The groups; an evacuation may name people of both ("civilians and foreign nationals"). */
    public enum Group { FOREIGN, RESIDENT }

    private static final Map<String, Group> WORDS = load();

    private EvacueeGroups() {
    }

    /** The groups the words of {@code evacuees} name; empty when they name neither. */
    public static Set<Group> of(Collection<String> evacuees) {
        Set<Group> groups = EnumSet.noneOf(Group.class);
        for (String text : evacuees) {
            for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}-]+")) {
                Group group = WORDS.get(word);
                if (group != null) {
                    groups.add(group);
                }
            }
        }
        return groups;
    }

    /**
     * Two sides move the same kind of people, or at least one does not say: only one known to move only foreign
     * nationals and one known to move only residents are apart.
     */
    static boolean compatible(Set<Group> a, Set<Group> b) {
        if (a.size() != 1 || b.size() != 1) {
            return true;
        }
        return a.equals(b);
    }

    private static Map<String, Group> load() {
        Map<String, Group> words = new HashMap<>();
        try (InputStream in = EvacueeGroups.class.getResourceAsStream("/resolve/evacuee-groups.tsv")) {
            if (in == null) {
                throw new IllegalStateException("missing resource /resolve/evacuee-groups.tsv; rebuild newsgraph");
            }
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .forEach(line -> {
                        String[] parts = line.split("\t");
                        words.put(parts[0].strip().toLowerCase(Locale.ROOT), Group.valueOf(parts[1].strip()));
                    });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read /resolve/evacuee-groups.tsv", e);
        }
        return Map.copyOf(words);
    }
}
