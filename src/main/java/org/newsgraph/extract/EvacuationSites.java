package org.newsgraph.extract;

import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

import java.util.Optional;
import java.util.Set;

/**
 * Sites with names of their own in evacuation clauses: hospitals, schools and shelters that the tagger reads as
 * organisations or leaves untagged, which are the places emptied or reached.
 */
final class EvacuationSites {

    private EvacuationSites() {
    }

    /**
     * "to the A Secondary School in B", "to A General Hospital in B": a site with a name of its own that the tagger
     * does not know as a place is told by the town it lies in too.
     */
    static boolean isNamedSite(ExtractionContext context, Sentence s, int noun) {
        Token t = s.token(noun);
        boolean organisation = t.pos().startsWith("NN") && !"O".equals(t.ner()) && SITE_NER.contains(t.ner());
        return organisation || t.properNoun() && ("O".equals(t.ner())
                || SHELTERS.contains(t.word().toLowerCase(java.util.Locale.ROOT)));
    }

    /** The last word of a site's name where evacuees are housed: "the A Stadium", "the B Sports Hall". */
    private static final Set<String> SHELTERS = Set.of("stadium", "hall", "school", "centre", "center", "church",
            "mosque", "temple", "camp", "gymnasium", "arena", "hospital");

    /** Sites numbered within their name: "the A No. 1 nuclear plant", "the B No. 2 mine". */
    private static final Set<String> NUMBERED_SITES = Set.of("plant", "reactor", "mine", "station", "shaft", "well");

    /**
     * The last token of an untagged name that ends on "No.": the number is part of it, and so is the site it numbers
     * ("A No. 1 nuclear plant"), or the name would stop at a bare "No.".
     */
    static int numberedSiteEnd(Sentence s, int token) {
        if (!s.token(token).word().equals("No.") || token == s.tokens().size() || !s.token(token + 1).pos().equals("CD")) {
            return token;
        }
        return s.governorOf(token).filter(g -> g.relation().equals("compound") && g.governor() > token + 1)
                .filter(g -> NUMBERED_SITES.contains(s.token(g.governor()).lemma().toLowerCase(java.util.Locale.ROOT)))
                .map(org.newsgraph.nlp.Dependency::governor).orElse(token + 1);
    }

    private static final Set<String> SITE_NER = Set.of("O", "ORGANIZATION", "FACILITY");

    /** The last words of a name that make it a building people stay in: "A General Hospital", "B Nursing Home". */
    private static final Set<String> SITE_HEADS = Set.of("hospital", "clinic", "infirmary", "hospice", "school",
            "prison", "jail", "refinery", "factory", "hotel");
    private static final Set<String> SITE_HEADS_OF_TWO = Set.of("medical center", "medical centre", "health center",
            "health centre", "care center", "care centre", "nursing home", "care home", "retirement home");

    /**
     * "A General Hospital was evacuated": the tagger reads the name of a hospital, school or prison as an
     * organisation's, but in a place slot it names the building that is emptied or reached, a place of its own.
     */
    static Optional<String> site(ExtractionContext context, Sentence s, int token, String organisation) {
        if (context.kindOf(organisation) != EntityKind.ORGANIZATION) {
            return Optional.empty();
        }
        int first = token;
        int last = token;
        while (first > 1 && context.entityAt(s.index(), first - 1).filter(organisation::equals).isPresent()) {
            first--;
        }
        while (last < s.tokens().size() && context.entityAt(s.index(), last + 1).filter(organisation::equals).isPresent()) {
            last++;
        }
        if (!isSiteName(s.span(first, last + 1)) && !isPlaceName(s.span(first, last + 1))) {
            return Optional.empty();
        }
        first = townOfSite(s, first);
        String name = s.span(first, last + 1);
        String key = context.entity(EntityKind.PLACE, name, name, null);
        context.markTokens(s.index(), first, last + 1, key);
        return Optional.of(key);
    }

    private static final Set<String> TOWN_NER = Set.of("CITY", "LOCATION", "STATE_OR_PROVINCE");

    /**
     * The last words of a name that make it a neighbourhood or stretch of land: "A Estates", "B Gardens", "C Heights";
     * the tagger reads some of them as a company's name.
     */
    private static final Set<String> PLACE_NAME_HEADS = Set.of("estates", "gardens", "heights", "hills", "springs",
            "park", "village", "subdivision", "township", "valley", "beach", "island", "islands");

    static boolean isPlaceName(String name) {
        String[] words = name.toLowerCase(java.util.Locale.ROOT).split("\\s+");
        return words.length >= 2 && PLACE_NAME_HEADS.contains(words[words.length - 1]);
    }

    static boolean isSiteName(String name) {
        String[] words = name.toLowerCase(java.util.Locale.ROOT).split("\\s+");
        return words.length >= 2 && (SITE_HEADS.contains(words[words.length - 1])
                || SITE_HEADS_OF_TWO.contains(words[words.length - 2] + " " + words[words.length - 1]));
    }

    /** "A Children's Hospital", "A Regional Medical Center": the town a site is named after is part of its name. */
    static int townOfSite(Sentence s, int first) {
        while (first > 1 && s.token(first - 1).properNoun() && TOWN_NER.contains(s.token(first - 1).ner())) {
            first--;
        }
        return first;
    }
}
