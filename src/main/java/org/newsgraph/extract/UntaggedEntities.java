package org.newsgraph.extract;

import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

import java.util.List;
import java.util.Optional;

import static org.newsgraph.extract.EntityNames.clean;

/**
 * Entities the tagger missed altogether: names ending in an organisation word or opening with a word for a foundation,
 * places listed with a tagged place, a body named in lower case after its capitalised name.
 */
final class UntaggedEntities {

    private final Lexicon organizationHeads = Lexicon.named("organization-heads");
    private final StateBodies stateBodies;

    UntaggedEntities(StateBodies stateBodies) {
        this.stateBodies = stateBodies;
    }

    /**
     * Places listed with a tagged place ("villages such as Tal Hamra and Kafr Sita") are places too, even when the NER
     * model did not recognise the rarer name.
     */
    static void addListedPlaces(ExtractionContext context) {
        for (Sentence s : context.sentences()) {
            for (org.newsgraph.nlp.Dependency d : s.dependencies()) {
                if (!d.relation().startsWith("conj") || d.governor() == 0) {
                    continue;
                }
                tagListed(context, s, d.governor(), d.dependent());
                tagListed(context, s, d.dependent(), d.governor());
            }
        }
    }

    private static void tagListed(ExtractionContext context, Sentence s, int known, int other) {
        Optional<String> place = context.entityAt(s.index(), known).filter(k -> context.kindOf(k) == EntityKind.PLACE);
        if (place.isEmpty() || context.entityAt(s.index(), other).isPresent() || !s.token(other).properNoun()) {
            return;
        }
        int start = other;
        while (start > 1 && (s.token(start - 1).properNoun() || s.token(start - 1).word().equals("-"))
                && context.entityAt(s.index(), start - 1).isEmpty()) {
            start--;
        }
        String name = clean(s.span(start, other + 1));
        String key = context.entity(EntityKind.PLACE, name, name, null);
        context.markTokens(s.index(), start, other + 1, key);
    }

    /**
     * Multi-word proper names ending in an organisation word that NER left untagged or split ("al-Hadid Brigades",
     * "Liberation Front").
     */
    void addUntaggedOrganizations(ExtractionContext context) {
        for (Sentence s : context.sentences()) {
            List<Token> tokens = s.tokens();
            int i = 0;
            while (i < tokens.size()) {
                int start = i;
                while (i < tokens.size() && isNamePart(tokens.get(i))) {
                    i++;
                }
                int end = i;
                // a dash after the name ("Liberation Front - to leave") is punctuation, not part of it
                while (end > start && tokens.get(end - 1).word().equals("-")) {
                    end--;
                }
                // "Fondation X": a word for a foundation opening the name
                int opener = start;
                while (opener < end && !tokens.get(opener).properNoun()) {
                    opener++;
                }
                boolean opened = end - opener >= 2 && MentionTypes.ORGANIZATION_OPENERS.contains(tokens.get(opener).word());
                if (end - start >= 2 && (opened || organizationHeads.contains(tokens.get(end - 1).word())
                        && tokens.get(end - 1).properNoun())) {
                    while (start < end && !tokens.get(start).properNoun()) {
                        start++;
                    }
                    boolean untagged = true;
                    for (int t = start; t < end; t++) {
                        if (context.entityAt(s.index(), tokens.get(t).index()).isPresent()) {
                            untagged = false;
                        }
                    }
                    String name = s.span(tokens.get(start).index(), tokens.get(end - 1).index() + 1);
                    if (untagged && end - start >= 2 && !stateBodies.isStateBody(clean(name))) {
                        String key = context.entity(EntityKind.ORGANIZATION, clean(name), clean(name), null);
                        context.markTokens(s.index(), tokens.get(start).index(), tokens.get(end - 1).index() + 1, key);
                    }
                }
                i = Math.max(i, start + 1);
            }
        }
        markLowercaseRepeats(context);
    }

    /**
     * "Coastguard spokesman X said ... the coastguard mounted an operation": a body the article names with a capital
     * is the same body where "the" introduces its name in lower case.
     */
    private static void markLowercaseRepeats(ExtractionContext context) {
        java.util.Map<String, String> keyByName = new java.util.HashMap<>();
        for (String key : context.entitiesOfKind(EntityKind.ORGANIZATION)) {
            for (String name : context.namesOf(key)) {
                if (name.split(" ").length <= 3 && name.chars().allMatch(c -> Character.isLetter(c) || c == ' ')) {
                    keyByName.putIfAbsent(name.toLowerCase(java.util.Locale.ROOT), key);
                }
            }
        }
        if (keyByName.isEmpty()) {
            return;
        }
        for (Sentence s : context.sentences()) {
            for (int t = 1; t <= s.tokens().size(); t++) {
                if (!s.token(t).word().equalsIgnoreCase("the")) {
                    continue;
                }
                int end = t + 1;
                while (end <= s.tokens().size() && end - t <= 3 && s.token(end).pos().matches("NNS?")
                        && context.entityAt(s.index(), end).isEmpty()) {
                    end++;
                }
                // the longest run of common nouns after "the" that spells the name, with or without spaces
                for (int last = end - 1; last > t; last--) {
                    String spaced = s.span(t + 1, last + 1).strip().toLowerCase(java.util.Locale.ROOT);
                    String key = keyByName.getOrDefault(spaced, keyByName.get(spaced.replace(" ", "")));
                    boolean nameEndsHere = last + 1 > s.tokens().size() || !s.token(last + 1).pos().startsWith("NN");
                    if (key != null && nameEndsHere) {
                        context.markTokens(s.index(), t + 1, last + 1, key);
                        break;
                    }
                }
            }
        }
    }

    private static boolean isNamePart(Token t) {
        return t.properNoun() || t.word().equals("-") || t.word().equalsIgnoreCase("al");
    }
}
