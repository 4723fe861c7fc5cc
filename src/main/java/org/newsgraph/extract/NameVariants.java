package org.newsgraph.extract;

import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;
import org.newsgraph.resolve.Names;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import static org.newsgraph.extract.EntityNames.clean;
import static org.newsgraph.extract.MentionSpans.BRACKETED_ABBREVIATION;

/**
 * Other names of an entity the article already has: an abbreviation in brackets, a former or official name, the short
 * form of a long organisation name, a facility named after a place, a name repeated where the tagger missed it.
 */
final class NameVariants {

    private static final Pattern ABBREVIATION = Pattern.compile("[A-Z][A-Z.&]{1,7}");

    private NameVariants() {
    }

    /**
     * "The International Committee of the Red Cross (ICRC)": the capitalised abbreviation in brackets right after a
     * name is another name of the same entity.
     */
    static void addBracketedAbbreviations(ExtractionContext context) {
        for (Sentence s : context.sentences()) {
            for (int t = 2; t + 2 <= s.tokens().size(); t++) {
                Token open = s.token(t);
                Token inside = s.token(t + 1);
                if (!open.word().equals("(") && !open.word().equals("-LRB-")) {
                    continue;
                }
                boolean closed = t + 2 <= s.tokens().size()
                        && (s.token(t + 2).word().equals(")") || s.token(t + 2).word().equals("-RRB-"));
                int before = t - 1;
                Optional<String> named = context.entityAt(s.index(), before)
                        .filter(k -> context.kindOf(k) == EntityKind.ORGANIZATION || context.kindOf(k) == EntityKind.COUNTRY);
                Optional<String> abbreviated = context.entityAt(s.index(), t + 1)
                        .filter(k -> context.kindOf(k) == EntityKind.ORGANIZATION);
                if (named.isPresent() && abbreviated.isPresent() && !named.equals(abbreviated)
                        && context.labelOf(abbreviated.get()).charAt(0) == context.labelOf(named.get()).charAt(0)
                        && BRACKETED_ABBREVIATION.matcher(context.labelOf(abbreviated.get())).matches()) {
                    // the whole name and its abbreviation were made one organisation each before
                    context.mergeInto(abbreviated.get(), named.get());
                    continue;
                }
                if (!closed || !ABBREVIATION.matcher(inside.word()).matches()) {
                    continue;
                }
                if (named.isPresent() && Names.initials(context.labelOf(named.get())).equalsIgnoreCase(inside.word())) {
                    context.addName(named.get(), inside.word());
                    context.markTokens(s.index(), inside.index(), inside.index() + 1, named.get());
                }
            }
        }
    }

    /**
     * "X, formerly known as Y" / "X (formerly known as Y)" / "X - previously called Y" / "X, officially known as Y":
     * Y is another name of X.
     */
    static void addFormerNames(ExtractionContext context) {
        for (Sentence s : context.sentences()) {
            List<Token> tokens = s.tokens();
            for (int t = 1; t + 2 <= tokens.size(); t++) {
                String w = s.token(t).word().toLowerCase(Locale.ROOT);
                boolean earlier = w.equals("formerly") || w.equals("previously");
                int next = t + 1;
                if (s.token(next).word().equalsIgnoreCase("known") && next + 1 <= tokens.size()
                        && s.token(next + 1).word().equalsIgnoreCase("as")) {
                    next += 2;
                } else if (earlier && s.token(next).word().equalsIgnoreCase("called")) {
                    next += 1;
                } else if (w.equals("known") && t > 1 && s.token(t - 1).word().equals(",")
                        && s.token(next).word().equalsIgnoreCase("as")) {
                    // "The Blue Vests, known as the ...": another name, whatever the time
                    next += 1;
                } else {
                    continue;
                }
                if (next <= tokens.size() && s.token(next).pos().equals("DT")) {
                    next++;
                }
                if (next > tokens.size()) {
                    continue;
                }
                Optional<String> former = context.entityAt(s.index(), next)
                        .filter(k -> context.kindOf(k) == EntityKind.ORGANIZATION);
                Optional<String> current = Optional.empty();
                for (int b = t - 1; b >= 1 && current.isEmpty() && t - b <= 6; b--) {
                    current = context.entityAt(s.index(), b).filter(k -> context.kindOf(k) == EntityKind.ORGANIZATION);
                }
                if (current.isEmpty()) {
                    current = describedOrganization(context, s, t);
                }
                if (former.isPresent() && current.isPresent() && !former.equals(current)) {
                    context.mergeInto(former.get(), current.get());
                }
            }
        }
    }

    /**
     * NER tags a name in one sentence and misses it in another ("Syria's White Helmets rescue group"): a run of proper
     * nouns, left untagged, that is exactly a multi-word name of an entity of the article mentions that entity.
     */
    static void markUntaggedRepeats(ExtractionContext context) {
        Map<String, String> keyByName = new HashMap<>();
        for (EntityKind kind : List.of(EntityKind.ORGANIZATION, EntityKind.PERSON, EntityKind.PLACE)) {
            for (String key : context.entitiesOfKind(kind)) {
                context.namesOf(key).stream().filter(n -> n.contains(" "))
                        .forEach(n -> keyByName.putIfAbsent(n.toLowerCase(Locale.ROOT), key));
            }
        }
        for (Sentence s : context.sentences()) {
            int t = 1;
            while (t <= s.tokens().size()) {
                int start = t;
                while (t <= s.tokens().size() && s.token(t).properNoun() && context.entityAt(s.index(), t).isEmpty()) {
                    t++;
                }
                String key = t - start >= 2 ? keyByName.get(clean(s.span(start, t)).toLowerCase(Locale.ROOT)) : null;
                if (key != null) {
                    context.markTokens(s.index(), start, t, key);
                }
                t = Math.max(t, start + 1);
            }
        }
    }

    /**
     * '"...," Hedge said' after "manager David Hedge told": a family name the tagger took for a common word ("Hedge",
     * "Cloud") right before or after a verb of speech is the one person of the article with that family name.
     */
    static void markBareSurnames(ExtractionContext context) {
        Map<String, String> keyBySurname = new HashMap<>();
        Set<String> shared = new HashSet<>();
        for (String key : context.entitiesOfKind(EntityKind.PERSON)) {
            String label = context.labelOf(key);
            int space = label.lastIndexOf(' ');
            if (space > 0) {
                String surname = label.substring(space + 1).toLowerCase(Locale.ROOT);
                String known = keyBySurname.putIfAbsent(surname, key);
                if (known != null && !known.equals(key)) {
                    shared.add(surname);
                }
            }
        }
        shared.forEach(keyBySurname::remove);
        for (Sentence s : context.sentences()) {
            for (int t = 2; t <= s.tokens().size(); t++) {
                Token token = s.token(t);
                String key = keyBySurname.get(token.word().toLowerCase(Locale.ROOT));
                if (key == null || context.entityAt(s.index(), t).isPresent()
                        || !Character.isUpperCase(token.word().charAt(0)) || !nextToSpeech(s, t)) {
                    continue;
                }
                context.markTokens(s.index(), t, t + 1, key);
                context.addName(key, token.word());
            }
        }
    }

    private static boolean nextToSpeech(Sentence s, int t) {
        boolean before = t + 1 <= s.tokens().size() && s.token(t + 1).pos().startsWith("VB")
                && SPEECH_VERBS.contains(s.token(t + 1).lemma());
        boolean after = s.token(t - 1).pos().startsWith("VB") && SPEECH_VERBS.contains(s.token(t - 1).lemma())
                && (t + 1 > s.tokens().size() || !s.token(t + 1).properNoun());
        return before || after;
    }

    private static final Lexicon SPEECH_VERBS = Lexicon.named("speech-verbs");

    /**
     * "The volunteers, formally known as the Syria Civil Defense": a sentence that opens with a description of what the
     * sentence before named continues it; the organisation named last there, news agencies aside, is the one described.
     */
    private static Optional<String> describedOrganization(ExtractionContext context, Sentence s, int trigger) {
        int comma = trigger;
        while (comma > 1 && s.token(comma - 1).pos().startsWith("RB")) {
            comma--;
        }
        comma--;
        boolean opensWithDescription = comma == 3 && s.token(1).word().equalsIgnoreCase("the")
                && s.token(2).pos().startsWith("NN") && !s.token(2).properNoun() && s.token(comma).word().equals(",");
        if (!opensWithDescription || s.index() == 0) {
            return Optional.empty();
        }
        Sentence before = context.document().sentence(s.index() - 1);
        for (int t = before.tokens().size(); t >= 1; t--) {
            Optional<String> org = context.entityAt(before.index(), t)
                    .filter(k -> context.kindOf(k) == EntityKind.ORGANIZATION)
                    .filter(k -> context.gazetteer().lookup(context.labelOf(k))
                            .map(e -> !"news-agency".equals(e.orgKind())).orElse(true));
            if (org.isPresent()) {
                return org;
            }
        }
        return Optional.empty();
    }

    private static final Set<String> FACILITY_NOUNS = Set.of("plant", "works", "factory", "mill", "complex",
            "refinery", "mine", "airport", "hospital", "compound", "base");

    /**
     * "the Norvik steel works", "the Norvik steel plant": a named place followed by a common-noun facility is
     * the same place, so each way of writing it is another of its names.
     */
    static void addFacilityNames(ExtractionContext context) {
        for (Sentence s : context.sentences()) {
            for (int t = 1; t < s.tokens().size(); t++) {
                String word = s.token(t).word();
                // NER often tags a name in one sentence and not in the next
                Optional<String> place = context.entityAt(s.index(), t)
                        .or(() -> context.entitiesOfKind(EntityKind.PLACE).stream()
                                .filter(k -> context.namesOf(k).contains(word)).findFirst())
                        .filter(k -> context.kindOf(k) == EntityKind.PLACE);
                if (place.isEmpty() || !s.token(t).properNoun()
                        || context.entityAt(s.index(), t + 1).equals(place)) {
                    continue;
                }
                for (int end = t + 1; end <= Math.min(t + 2, s.tokens().size()); end++) {
                    Token noun = s.token(end);
                    if (!Character.isLowerCase(noun.word().charAt(0)) || context.entityAt(s.index(), end).isPresent()) {
                        break;
                    }
                    if (FACILITY_NOUNS.contains(noun.word())) {
                        int start = t;
                        while (start > 1 && context.entityAt(s.index(), start - 1).equals(place)) {
                            start--;
                        }
                        context.addName(place.get(), clean(s.span(start, end + 1)));
                        break;
                    }
                }
            }
        }
    }

    /**
     * "the Observatory" after "the Syrian Observatory for Human Rights": a one-word organisation name that is the head
     * noun of exactly one longer organisation name in the article is that organisation.
     */
    static void joinShortOrganizationNames(ExtractionContext context) {
        for (String shortKey : context.entitiesOfKind(EntityKind.ORGANIZATION)) {
            String shortName = context.labelOf(shortKey);
            if (shortName.contains(" ") || shortName.equals(shortName.toUpperCase(Locale.ROOT))
                    || context.gazetteer().lookup(shortName).isPresent()) {
                continue;
            }
            List<String> longer = context.entitiesOfKind(EntityKind.ORGANIZATION).stream()
                    .filter(k -> !k.equals(shortKey) && headNoun(context.labelOf(k)).equalsIgnoreCase(shortName)
                            && context.labelOf(k).contains(" "))
                    .toList();
            if (longer.size() == 1) {
                context.mergeInto(shortKey, longer.get(0));
            }
        }
    }

    /** The last word before any "of"/"for" complement: "Observatory" in "Syrian Observatory for Human Rights". */
    private static String headNoun(String name) {
        String head = name.split(" (?:of|for) ")[0];
        return head.substring(head.lastIndexOf(' ') + 1);
    }
}
