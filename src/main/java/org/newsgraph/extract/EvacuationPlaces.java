package org.newsgraph.extract;

import org.newsgraph.nlp.Dependency;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;
import org.newsgraph.resolve.Gazetteer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Place phrases in evacuation clauses: the named places a phrase is made of, a facility told by where it lies, a site
 * noun that takes up a place named before, and proper nouns too rare for the NER model read as places in a place slot.
 */
final class EvacuationPlaces {

    private EvacuationPlaces() {
    }

    /**
     * "to an air base in A", "to transit sites in A, B and C": a destination that is a facility, not a named place,
     * is told by where it lies.
     */
    static List<String> placesAround(ExtractionContext context, Sentence s, int facility) {
        if (!isFacility(context, s, facility) && !EvacuationSites.isNamedSite(context, s, facility)) {
            return List.of();
        }
        List<String> places = new ArrayList<>();
        for (Dependency d : s.dependentsOf(facility)) {
            if (d.relation().equals("nmod:in")) {
                places.addAll(namedPlaces(context, s, d.dependent()));
            }
            // "relief camps set up in B", "shelters opened in B", "a school located in B"
            if (d.relation().startsWith("acl") && s.token(d.dependent()).pos().startsWith("VBN")) {
                s.dependentsOf(d.dependent()).stream().filter(l -> l.relation().equals("obl:in"))
                        .forEach(l -> places.addAll(namedPlaces(context, s, l.dependent())));
            }
        }
        return places;
    }


    static boolean isFacility(ExtractionContext context, Sentence s, int noun) {
        Token t = s.token(noun);
        return t.pos().startsWith("NN") && !t.properNoun() && context.entityAt(s.index(), noun).isEmpty();
    }

    /** "taken to shelters in A" is often parsed with "in A" on the verb rather than on the shelters. */
    static List<String> siblingLocation(ExtractionContext context, Sentence s, Token verb) {
        List<String> places = new ArrayList<>();
        for (Dependency d : s.dependentsOf(verb.index())) {
            if (d.relation().equals("obl:in")) {
                places.addAll(namedPlaces(context, s, d.dependent()));
            }
        }
        return places;
    }

    private static final Set<String> NOT_THE_PLACE_ITSELF = Set.of("nmod:in", "obl:in", "nmod:at", "obl:at",
            "nmod:near", "obl:near", "nmod:inside", "obl:inside", "nmod:for", "obl:for", "nmod:by", "obl:by",
            "nmod:to", "obl:to", "nmod:towards", "obl:towards", "nmod:into", "obl:into", "nmod:outside", "obl:outside", "nmod:beyond", "obl:beyond");

    /** "homes in A", "neighbourhoods near A", "villages around A": unnamed sites told by the place they lie at. */
    private static final Set<String> WHERE_UNNAMED_LIE = Set.of("nmod:in", "nmod:near", "nmod:around");

    /** Words that make a name a mountain, river or lake: "towns near Mount A" are not in A, they are at risk of it. */
    private static final Set<String> LANDMARK_WORDS = Set.of("mount", "mt", "mt.", "mountain", "mountains", "volcano",
            "river", "lake", "dam", "reservoir", "crater", "glacier", "forest", "peak");

    /**
     * "neighbourhoods near A", "the area around A": sites or an area spread about A; "the town near A" is one town
     * described by where it lies, named elsewhere.
     */
    private static boolean isSurroundingArea(Token noun) {
        return noun.pos().equals("NNS") || AREAS.contains(noun.lemma().toLowerCase(java.util.Locale.ROOT));
    }

    private static final Set<String> DWELLINGS = Set.of("home", "house", "residence", "dwelling");

    private static final Set<String> AREAS = Set.of("area", "vicinity", "neighbourhood", "neighborhood", "surroundings");

    static boolean isLandmark(Sentence s, int token) {
        int start = Math.min(nameStart(s, token), Math.max(1, token - 1));
        return LANDMARK_WORDS.contains(s.token(start).word().toLowerCase(java.util.Locale.ROOT))
                || LANDMARK_WORDS.contains(s.token(token).word().toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * A place phrase's named places: its head and the places it is made of ("areas such as A and B", "the eastern
     * areas of C", "what remains of C"), but not where those lie ("two villages in northern D").
     */
    static List<String> namedPlaces(ExtractionContext context, Sentence s, int head) {
        Optional<String> ahead = EvacuationPlaceReferences.siteNamedAhead(context, s, head);
        if (ahead.isPresent()) {
            return List.of(ahead.get());
        }
        List<String> places = new ArrayList<>();
        java.util.Deque<int[]> todo = new java.util.ArrayDeque<>();
        Set<Integer> seen = new java.util.HashSet<>();
        List<Integer> whereUnnamedLie = new ArrayList<>();
        Set<Integer> homesLie = new java.util.HashSet<>();
        todo.add(new int[]{head, 0});
        while (!todo.isEmpty()) {
            int[] next = todo.poll();
            if (!seen.add(next[0])) {
                continue;
            }
            Optional<String> place = placeAt(context, s, next[0]);
            if (place.isEmpty() && listedWithPlace(context, s, next[0])) {
                String name = s.token(next[0]).word();
                place = Optional.of(context.entity(EntityKind.PLACE, name, name, null));
                context.markTokens(s.index(), next[0], next[0] + 1, place.get());
            }
            if (place.isPresent()) {
                int start = nameStart(s, next[0]);
                if (start < next[0]) {
                    place = Optional.of(wholeName(context, s, start, next[0]));
                    for (int t = start; t < next[0]; t++) {
                        seen.add(t);
                    }
                }
                places.add(place.get());
                for (int t = 1; t <= s.tokens().size(); t++) {
                    if (context.entityAt(s.index(), t).filter(place.get()::equals).isPresent()) {
                        seen.add(t);
                    }
                }
            }
            if (next[1] >= 4) {
                continue;
            }
            boolean siteOfPlace = namesPlaceOf(context, s, next[0]);
            boolean placeNamedHere = place.isPresent() || siteOfPlace || hasPlaceCompound(context, s, next[0]);
            for (Dependency d : s.dependentsOf(next[0])) {
                // "from A, B Province": the region after a named place is where it lies, not a second origin
                boolean surroundings = siteOfPlace && SURROUNDINGS.contains(d.relation())
                        || placeNamedHere && d.relation().equals("nmod:poss")
                        || place.isPresent() && d.relation().equals("appos") && isPlaceName(s, d.dependent());
                if (WHERE_UNNAMED_LIE.contains(d.relation()) && !s.token(next[0]).properNoun()
                        && (d.relation().equals("nmod:in") || !isLandmark(s, d.dependent())
                        && isSurroundingArea(s.token(next[0])))) {
                    whereUnnamedLie.add(d.dependent());
                    if (DWELLINGS.contains(s.token(next[0]).lemma().toLowerCase(java.util.Locale.ROOT))) {
                        homesLie.add(d.dependent());
                    }
                }
                // "A, a hub for B": what a named place is described as leads to no further place
                if (place.isPresent() && d.relation().equals("appos")) {
                    continue;
                }
                if (!NOT_THE_PLACE_ITSELF.contains(d.relation()) && !d.relation().equals("ref") && !surroundings
                        && !(OWNED_SITES.contains(s.token(next[0]).lemma().toLowerCase())
                        && SURROUNDINGS.contains(d.relation()))) {
                    todo.add(new int[]{d.dependent(), next[1] + 1});
                }
            }
        }
        if (places.isEmpty()) {
            places.addAll(EvacuationPlaceReferences.demonstrativeAntecedent(context, s, head));
        }
        // "residents of two cities and nine towns in A", "their homes in A": sites the text does not name lie in A
        // but not a whole country: "two besieged towns in northwest A" are towns the article names elsewhere; homes
        // are never named, so "their homes in the central and southern A" are left from A
        for (int i = 0; i < whereUnnamedLie.size() && places.isEmpty(); i++) {
            boolean homes = homesLie.contains(whereUnnamedLie.get(i));
            placeAt(context, s, whereUnnamedLie.get(i)).filter(p -> homes || context.kindOf(p) != EntityKind.COUNTRY)
                    .ifPresent(places::add);
        }
        places.removeIf(p -> isDateline(context, s, p));
        // "A Regional Medical Center": the town that starts a site's name is part of the name, not a second place
        List<String> found = List.copyOf(places);
        places.removeIf(p -> found.stream().anyMatch(q -> context.labelOf(q).startsWith(context.labelOf(p) + " ")
                && context.kindOf(p) != EntityKind.COUNTRY));
        if (places.isEmpty()) {
            EvacuationPlaceReferences.definiteAntecedent(context, s, head).ifPresent(places::add);
        }
        return places.stream().distinct().toList();
    }

    /**
     * How a place phrase tells where its place lies: "the B suburb of A", "the C port of A"; and, whenever the phrase
     * names its place, a possessive ("Syria's A", "Syria's A region").
     */
    private static final Set<String> SURROUNDINGS = Set.of("nmod:poss", "compound", "amod");

    /**
     * "towns including A, B Lake and C": a capitalised word the tagger took for a common noun, listed with places, is
     * a place too.
     */
    private static boolean listedWithPlace(ExtractionContext context, Sentence s, int token) {
        Token t = s.token(token);
        if (token == 1 || !t.pos().startsWith("NN") || !"O".equals(t.ner()) || !Character.isUpperCase(t.word().charAt(0))
                || context.entityAt(s.index(), token).isPresent() || isTitleCase(s)) {
            return false;
        }
        return s.dependencies().stream()
                .filter(d -> d.relation().startsWith("conj") && (d.governor() == token || d.dependent() == token))
                .map(d -> d.governor() == token ? d.dependent() : d.governor())
                .anyMatch(other -> context.entityAt(s.index(), other).filter(k -> context.kindOf(k).isPlace()).isPresent());
    }

    /** "the A region", "the A border crossing": a site noun that names its place before it. */
    static boolean hasPlaceCompound(ExtractionContext context, Sentence s, int noun) {
        return !s.token(noun).properNoun() && s.dependentsOf(noun).stream()
                .anyMatch(d -> d.relation().equals("compound") && placeAt(context, s, d.dependent()).isPresent());
    }

    /** "the port of A", "the suburb of A": a site noun that the name after "of" names. */
    static boolean namesPlaceOf(ExtractionContext context, Sentence s, int noun) {
        return !s.token(noun).properNoun() && s.dependentsOf(noun).stream()
                .anyMatch(d -> d.relation().equals("nmod:of") && placeAt(context, s, d.dependent()).isPresent());
    }

    /**
     * "New A", "B Parish", "C Beach County": the tagger gives the words of one place name different
     * types (LOCATION, CITY, COUNTRY), which then make separate places. The name runs from the first proper noun that
     * the head's compounds reach without a gap.
     */
    /** "CITY, Country (Agency) - ...": the place a report was filed from, opened in capitals, is no origin. */
    static boolean isDateline(ExtractionContext context, Sentence s, String place) {
        String first = s.tokens().isEmpty() ? "" : s.token(1).word();
        boolean capitals = first.length() > 3 && first.equals(first.toUpperCase())
                && first.chars().allMatch(Character::isLetter);
        if (!capitals) {
            return isPlainDateline(context, s, place);
        }
        for (Token t : s.tokens()) {
            if (t.index() > 8 || DATELINE_ENDS.contains(t.word())) {
                return false;
            }
            if (context.entityAt(s.index(), t.index()).filter(place::equals).isPresent()) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> DATELINE_ENDS = Set.of("—", "–", "-", "--", ":");

    /**
     * "Accra (Reuters) - ...", "Accra, Ghana, Monday - ...": a dateline set in ordinary case is told by its shape, a
     * run of names, commas, dates and an agency in brackets that a dash closes at the start of the report.
     */
    private static boolean isPlainDateline(ExtractionContext context, Sentence s, String place) {
        if (s.index() > 2) {
            return false;
        }
        boolean placeSeen = false;
        for (Token t : s.tokens()) {
            if (t.index() > 1 && DATELINE_ENDS.contains(t.word())) {
                return placeSeen;
            }
            boolean datelineWord = t.properNoun() || t.word().equals(",") || t.pos().equals("-LRB-")
                    || t.pos().equals("-RRB-") || t.pos().equals("CD") || "DATE".equals(t.ner());
            if (t.index() > 10 || !datelineWord) {
                return false;
            }
            // a name the tagger split ("Mexico" COUNTRY, "City" LOCATION) is joined into a place of its own
            placeSeen |= context.entityAt(s.index(), t.index()).filter(place::equals).isPresent()
                    || t.properNoun() && List.of(context.labelOf(place).split(" ")).contains(t.word());
        }
        return false;
    }

    /** "the A embassy", "the B consulate": the state named is whose the site is, not where it lies. */
    private static final Set<String> OWNED_SITES = Set.of("embassy", "consulate", "mission", "base");

    static int nameStart(Sentence s, int head) {
        int start = head;
        // "A Children's Hospital": a possessive inside one tagged name belongs to it
        while (start > 2 && s.token(start - 1).pos().equals("POS") && !"O".equals(s.token(start - 1).ner())
                && s.token(start - 1).ner().equals(s.token(head).ner()) && isPlaceName(s, start - 2)) {
            start -= 2;
        }
        while (start > 1 && isPlaceName(s, start - 1)) {
            int before = start - 1;
            boolean compoundOfName = false;
            for (int t = start; t <= head; t++) {
                compoundOfName |= s.dependentsOf(t).stream()
                        .anyMatch(d -> d.relation().equals("compound") && d.dependent() == before);
            }
            if (!compoundOfName) {
                break;
            }
            start = before;
        }
        // "the Central African Republic": the tagger gives the adjective that opens a name the name's tag but not a
        // proper noun's part of speech
        while (start > 1 && isOpeningAdjective(s, start - 1, head)) {
            start--;
        }
        return start;
    }

    private static boolean isOpeningAdjective(Sentence s, int token, int head) {
        Token t = s.token(token);
        return t.pos().startsWith("JJ") && Character.isUpperCase(t.word().charAt(0)) && !"O".equals(t.ner())
                && t.ner().equals(s.token(head).ner()) && s.governorOf(token).filter(g -> g.relation().equals("amod"))
                .filter(g -> g.governor() > token && g.governor() <= head).isPresent();
    }

    /** The place a whole name names: a country when the gazetteer knows the name as one, else a place. */
    static String wholeName(ExtractionContext context, Sentence s, int start, int head) {
        String name = s.span(start, head + 1);
        String key = context.gazetteer().lookup(name)
                .filter(Gazetteer.Entry::isCountry)
                .map(c -> context.entity(EntityKind.COUNTRY, c.canonical(), name, c.wikidata()))
                .orElseGet(() -> context.entity(EntityKind.PLACE, name, name, null));
        context.markTokens(s.index(), start, head + 1, key);
        return key;
    }

    static boolean isPlaceName(Sentence s, int token) {
        return s.token(token).properNoun() && !"O".equals(s.token(token).ner());
    }

    /** Most words capitalised, as headlines are often set: capitals there say nothing of names. */
    static boolean isTitleCase(Sentence s) {
        int words = 0;
        int capitalised = 0;
        for (Token t : s.tokens()) {
            String w = t.word();
            if (w.length() > 3 && Character.isLetter(w.charAt(0))) {
                words++;
                if (Character.isUpperCase(w.charAt(0))) {
                    capitalised++;
                }
            }
        }
        return words >= 4 && capitalised >= words * 0.8;
    }


    private static boolean hasCapital(String name) {
        return name.chars().anyMatch(Character::isUpperCase);
    }

    /**
     * "Care home residents evacuated ... the care home's kitchen": a word capitalised only because it opens the
     * sentence, which the article also writes in lower case, is a common word, not a village's name.
     */
    private static boolean writtenLowerElsewhere(ExtractionContext context, Sentence s, int token) {
        String word = s.token(token).word();
        if (token != 1 || word.equals(word.toLowerCase(java.util.Locale.ROOT))) {
            return false;
        }
        String lower = word.toLowerCase(java.util.Locale.ROOT);
        return context.sentences().stream().flatMap(o -> o.tokens().stream()).anyMatch(o -> o.word().equals(lower));
    }

    static Optional<String> placeAt(ExtractionContext context, Sentence s, int token) {
        Optional<String> known = context.entityAt(s.index(), token);
        if (known.isPresent()) {
            // "the A greenfield airport": common nouns the tagger marked as a place are no name
            return known.filter(k -> context.kindOf(k).isPlace() && hasCapital(context.labelOf(k)))
                    .or(() -> EvacuationSites.site(context, s, token, known.get()));
        }
        Token t = s.token(token);
        // a country whose name the tagger took for a nationality ("docked in Djibouti"), in a place slot: the country
        if (t.properNoun() && "NATIONALITY".equals(t.ner()) && context.gazetteer().byDemonym(t.word()).isEmpty()) {
            Optional<String> country = context.gazetteer().lookup(t.word())
                    .filter(Gazetteer.Entry::isCountry)
                    .map(c -> context.entity(EntityKind.COUNTRY, c.canonical(), t.word(), c.wikidata()));
            country.ifPresent(key -> context.markTokens(s.index(), token, token + 1, key));
            if (country.isPresent()) {
                return country;
            }
        }
        // a village too small for the NER model, in a place slot ("evacuated from the town of X"): a place; but in a
        // headline set in title case ("Evacuation Order Issued ...") capitals mark no name
        if (t.properNoun() && "O".equals(t.ner()) && !isTitleCase(s) && !writtenLowerElsewhere(context, s, token)
                && !EvacuationNotOrigins.isPluralDemonym(context, t)) {
            int start = token;
            while (start > 1 && s.token(start - 1).properNoun() && "O".equals(s.token(start - 1).ner())) {
                start--;
            }
            if (EvacuationSites.isSiteName(s.span(start, token + 1))) {
                start = EvacuationSites.townOfSite(s, start);
            }
            int end = EvacuationSites.numberedSiteEnd(s, token);
            String name = s.span(start, end + 1);
            String key = context.entity(EntityKind.PLACE, name, name, null);
            context.markTokens(s.index(), start, end + 1, key);
            return Optional.of(key);
        }
        return Optional.empty();
    }

}
