package org.newsgraph.resolve;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.newsgraph.rdf.NG;

/**
 * World knowledge for entity resolution: every country (UN members, observers and commonly named
 * territories) and the international organisations, NGOs and news agencies that news text names.
 *
 * <p>Names are matched after {@link #normalize normalisation}, so "the U.S.", "US" and "United
 * States" meet, as do "Côte d'Ivoire" and "Cote d'Ivoire". Two rules keep the matching honest:
 * an all-capital abbreviation (WHO, US, CARE) matches only text written in capitals, because the
 * lower-case word is ordinary English; and a name that the files give to two entries (Congo,
 * Korean) resolves to neither, because guessing would merge two states.
 */
public final class Gazetteer {

    /** What an entry names. */
    public enum Kind { COUNTRY, ORGANIZATION }

    /**
     * One country or organisation.
     *
     * @param canonical the name the graph uses as its {@code rdfs:label}
     * @param kind country or organisation
     * @param wikidata the Wikidata id ({@code Q159}), or {@code null} where it is not known for certain
     * @param aliases every other name, in file order, not including the canonical one
     * @param orgKind for organisations one of un-body, un-agency, intergovernmental, ngo, news-agency;
     *     {@code null} for countries
     */
    public record Entry(String canonical, Kind kind, String wikidata, Set<String> aliases, String orgKind) {
        public Entry {
            Objects.requireNonNull(canonical, "canonical");
            Objects.requireNonNull(kind, "kind");
            aliases = Collections.unmodifiableSet(new LinkedHashSet<>(aliases == null ? Set.of() : aliases));
        }

        /** The Wikidata entity IRI, for {@code owl:sameAs}. */
        public Optional<String> wikidataIri() {
            return wikidata == null ? Optional.empty() : Optional.of(NG.WD + wikidata);
        }

        public boolean isCountry() {
            return kind == Kind.COUNTRY;
        }
    }

    private static final String COUNTRIES = "/gazetteer/countries.tsv";
    private static final String ORGANIZATIONS = "/gazetteer/organizations.tsv";
    private static final Pattern QID = Pattern.compile("Q[1-9][0-9]*");
    private static final Set<String> ORG_KINDS = Set.of("un-body", "un-agency", "intergovernmental", "ngo", "news-agency");
    private static final Pattern ACRONYM = Pattern.compile("(?=.*[A-Z])[A-Z0-9]{2,}");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern APOSTROPHES = Pattern.compile("['’‘`´ʻʼ]");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-‐‑‒–—_/,;:()]+");
    private static final Pattern POSSESSIVE = Pattern.compile("['’]s?$");

    private final List<Entry> entries;
    private final Map<String, List<Entry>> names = new HashMap<>();
    private final Map<String, List<Entry>> acronyms = new HashMap<>();
    private final Map<String, List<Entry>> demonyms = new HashMap<>();
    private final Map<String, List<Entry>> capitals = new HashMap<>();
    private final Map<String, Entry> byQid = new HashMap<>();
    private final Map<Entry, Set<String>> demonymsOf = new HashMap<>();
    private final Map<Entry, List<String>> capitalsOf = new HashMap<>();

    private Gazetteer(List<Row> rows) {
        List<Entry> all = new ArrayList<>();
        for (Row row : rows) {
            Entry e = row.entry;
            all.add(e);
            index(e.canonical(), e);
            e.aliases().forEach(a -> index(a, e));
            row.demonyms.forEach(d -> add(demonyms, normalize(d), e));
            row.capitals.forEach(c -> add(capitals, normalize(c), e));
            demonymsOf.put(e, Collections.unmodifiableSet(new LinkedHashSet<>(row.demonyms)));
            capitalsOf.put(e, List.copyOf(row.capitals));
            if (e.wikidata() != null && byQid.putIfAbsent(e.wikidata(), e) != null) {
                throw new IllegalArgumentException("Wikidata id " + e.wikidata() + " is given to two entries");
            }
        }
        this.entries = List.copyOf(all);
    }

    /** The gazetteer shipped with newsgraph, loaded once. */
    public static Gazetteer standard() {
        return Standard.INSTANCE;
    }

    private static final class Standard {
        static final Gazetteer INSTANCE = fromClasspath();

        private static Gazetteer fromClasspath() {
            try (Reader countries = resource(COUNTRIES); Reader organizations = resource(ORGANIZATIONS)) {
                return load(countries, organizations);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static Reader resource(String path) {
            InputStream in = Gazetteer.class.getResourceAsStream(path);
            if (in == null) {
                throw new IllegalStateException("gazetteer resource missing from the class path: " + path);
            }
            return new InputStreamReader(in, StandardCharsets.UTF_8);
        }
    }

    /**
     * Reads a gazetteer from the two tab-separated files (format in their header comments).
     *
     * @throws IllegalArgumentException on a malformed line, an invalid or repeated Wikidata id
     */
    public static Gazetteer load(Reader countries, Reader organizations) throws IOException {
        List<Row> rows = new ArrayList<>();
        read(countries, "countries", 5, rows, Kind.COUNTRY);
        read(organizations, "organizations", 4, rows, Kind.ORGANIZATION);
        return new Gazetteer(rows);
    }

    private record Row(Entry entry, List<String> demonyms, List<String> capitals) { }

    private static void read(Reader source, String what, int columns, List<Row> rows, Kind kind) throws IOException {
        BufferedReader in = new BufferedReader(source);
        String line;
        int number = 0;
        while ((line = in.readLine()) != null) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t", -1);
            if (cols.length != columns) {
                throw new IllegalArgumentException(what + " line " + number + ": expected " + columns
                        + " tab-separated columns, found " + cols.length);
            }
            String qid = cols[0].strip();
            if (!qid.isEmpty() && !QID.matcher(qid).matches()) {
                throw new IllegalArgumentException(what + " line " + number + ": not a Wikidata id: " + qid);
            }
            String canonical = cols[1].strip();
            if (canonical.isEmpty()) {
                throw new IllegalArgumentException(what + " line " + number + ": empty canonical name");
            }
            if (kind == Kind.ORGANIZATION && !ORG_KINDS.contains(cols[3].strip())) {
                throw new IllegalArgumentException(what + " line " + number + ": unknown kind '" + cols[3].strip()
                        + "', expected one of " + new TreeSet<>(ORG_KINDS));
            }
            List<String> aliases = split(cols[2]);
            aliases.remove(canonical);
            Entry entry = kind == Kind.COUNTRY
                    ? new Entry(canonical, kind, qid.isEmpty() ? null : qid, new LinkedHashSet<>(aliases), null)
                    : new Entry(canonical, kind, qid.isEmpty() ? null : qid, new LinkedHashSet<>(aliases), cols[3].strip());
            rows.add(kind == Kind.COUNTRY
                    ? new Row(entry, split(cols[3]), split(cols[4]))
                    : new Row(entry, List.of(), List.of()));
        }
    }

    private static List<String> split(String column) {
        List<String> out = new ArrayList<>();
        for (String part : column.split("\\|")) {
            String s = part.strip();
            if (!s.isEmpty() && !out.contains(s)) {
                out.add(s);
            }
        }
        return out;
    }

    private void index(String name, Entry e) {
        String compact = compact(name);
        if (ACRONYM.matcher(compact).matches()) {
            add(acronyms, compact, e);
        } else {
            add(names, normalize(name), e);
        }
    }

    private static void add(Map<String, List<Entry>> index, String key, Entry e) {
        if (key.isEmpty()) {
            return;
        }
        List<Entry> list = index.computeIfAbsent(key, k -> new ArrayList<>(1));
        if (!list.contains(e)) {
            list.add(e);
        }
    }

    /**
     * The entry a name, alias or demonym refers to ("United States", "U.S.", "American",
     * "Russia's"), or empty when the name is unknown or shared by two entries.
     */
    public Optional<Entry> lookup(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        Optional<Entry> hit = lookupExact(name.strip());
        if (hit.isEmpty()) {
            String bare = POSSESSIVE.matcher(name.strip()).replaceFirst("");
            if (!bare.equals(name.strip())) {
                hit = lookupExact(bare);
            }
        }
        return hit;
    }

    private Optional<Entry> lookupExact(String name) {
        String compact = compact(name);
        if (ACRONYM.matcher(compact).matches() && acronyms.containsKey(compact)) {
            return unique(acronyms.get(compact));
        }
        String key = normalize(name);
        if (names.containsKey(key)) {
            return unique(names.get(key));
        }
        return unique(demonyms.get(key));
    }

    /** The country a demonym or national adjective refers to ("French", "Syrians"). */
    public Optional<Entry> byDemonym(String adjective) {
        return adjective == null ? Optional.empty() : unique(demonyms.get(normalize(adjective)));
    }

    /** The country whose capital this is, for "Moscow said" metonymy. */
    public Optional<Entry> byCapital(String city) {
        return city == null ? Optional.empty() : unique(capitals.get(normalize(city)));
    }

    /** The entry carrying this Wikidata id ({@code Q159} or its full entity IRI). */
    public Optional<Entry> byWikidata(String qid) {
        if (qid == null) {
            return Optional.empty();
        }
        String id = qid.startsWith(NG.WD) ? qid.substring(NG.WD.length()) : qid;
        return Optional.ofNullable(byQid.get(id));
    }

    private static Optional<Entry> unique(List<Entry> hits) {
        return hits != null && hits.size() == 1 ? Optional.of(hits.get(0)) : Optional.empty();
    }

    /** Demonyms and adjectives of a country (empty for organisations). */
    public Set<String> demonyms(Entry e) {
        return demonymsOf.getOrDefault(e, Set.of());
    }

    /** Capital cities of a country, the seat of government first (empty for organisations). */
    public List<String> capitals(Entry e) {
        return capitalsOf.getOrDefault(e, List.of());
    }

    public List<Entry> entries() {
        return entries;
    }

    public List<Entry> countries() {
        return entries.stream().filter(Entry::isCountry).toList();
    }

    public List<Entry> organizations() {
        return entries.stream().filter(e -> !e.isCountry()).toList();
    }

    /**
     * Names (normalised) that more than one entry claims, by index; lookups of these return
     * empty. Exposed so a test can pin the list and notice a new, accidental clash.
     */
    public Map<String, Set<String>> ambiguousNames() {
        Map<String, Set<String>> out = new LinkedHashMap<>();
        for (Map<String, List<Entry>> index : Arrays.asList(names, acronyms, demonyms, capitals)) {
            index.forEach((key, list) -> {
                if (list.size() > 1) {
                    Set<String> who = out.computeIfAbsent(key, k -> new TreeSet<>());
                    list.forEach(e -> who.add(e.canonical()));
                }
            });
        }
        return out;
    }

    /**
     * The matching form of a name: diacritics folded, apostrophes and dots dropped, hyphens,
     * slashes and commas read as spaces, "&amp;" as "and", lower case, and a leading "the" removed.
     */
    public static String normalize(String s) {
        String t = Normalizer.normalize(s, Normalizer.Form.NFKD);
        t = MARKS.matcher(t).replaceAll("");
        t = APOSTROPHES.matcher(t).replaceAll("");
        t = t.replace(".", "").replace("&", " and ");
        t = SEPARATORS.matcher(t).replaceAll(" ").strip().toLowerCase(Locale.ROOT);
        if (t.startsWith("the ")) {
            t = t.substring(4);
        }
        return t;
    }

    // Abbreviations are compared without dots, spaces and hyphens, case kept: "U.S." is "US", "G-20" is "G20".
    private static String compact(String s) {
        String t = Normalizer.normalize(s, Normalizer.Form.NFKD);
        t = MARKS.matcher(t).replaceAll("");
        t = t.strip();
        if (t.regionMatches(true, 0, "the ", 0, 4)) {
            t = t.substring(4);
        }
        return t.replaceAll("[.\\s\\-‐‑]", "");
    }
}
