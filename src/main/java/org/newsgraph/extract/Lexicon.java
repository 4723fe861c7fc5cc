package org.newsgraph.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Word lists that drive the extraction rules, kept as resource files under {@code extract/lexicon/} so a user can
 * extend them to a new domain without touching Java. One entry a line (a lemma or a phrase, lower case); {@code #}
 * starts a comment. Entries of the form {@code key = value} make a map.
 */
public final class Lexicon {

    private static final Map<String, Lexicon> LOADED = new ConcurrentHashMap<>();

    private final Set<String> entries;
    private final Map<String, String> mapping;

    private Lexicon(Set<String> entries, Map<String, String> mapping) {
        this.entries = entries;
        this.mapping = mapping;
    }

    public static Lexicon named(String name) {
        return LOADED.computeIfAbsent(name, Lexicon::load);
    }

    public boolean contains(String word) {
        return word != null && entries.contains(word.toLowerCase(Locale.ROOT));
    }

    public String get(String key) {
        return key == null ? null : mapping.get(key.toLowerCase(Locale.ROOT));
    }

    public Set<String> entries() {
        return entries;
    }

    private static Lexicon load(String name) {
        String resource = "/extract/lexicon/" + name + ".txt";
        try (InputStream in = Lexicon.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing lexicon resource " + resource);
            }
            Set<String> entries = new TreeSet<>();
            Map<String, String> mapping = new TreeMap<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                String entry = line.replaceFirst("#.*$", "").strip().toLowerCase(Locale.ROOT);
                if (entry.isEmpty()) {
                    continue;
                }
                int eq = entry.indexOf('=');
                if (eq > 0) {
                    String key = entry.substring(0, eq).strip();
                    mapping.put(key, entry.substring(eq + 1).strip());
                    entries.add(key);
                } else {
                    entries.add(entry);
                }
            }
            return new Lexicon(Set.copyOf(entries), Map.copyOf(mapping));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read lexicon " + resource, e);
        }
    }
}
