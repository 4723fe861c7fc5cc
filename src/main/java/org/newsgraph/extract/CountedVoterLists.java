package org.newsgraph.extract;

import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Voters named beside a side of a count rather than as the subject of a vote: after the side and "from" or "by"
 * ("four abstentions from A, B and C", "\"no\" votes came from A and B", "failed with a veto by A"), or before a bare
 * side word in a tally ("10 votes in favor, A and B against, and C abstaining"). The parser hangs such names on
 * whatever verb the clause has, so they are read in order: names and the words joining them, nothing else.
 */
final class CountedVoterLists {

    static final String BARE_SIDE = "vote-bare-side";
    /** The members a count of voters is made of: "among the nine countries voting no". */
    private static final String MEMBER_NOUNS = "country|member|state|nation|delegation|government|abstainer";
    /** Verbs that may stand between the side and "from": "\"no\" votes came from", "abstentions were cast by". */
    private static final int MAX_VERBS_BEFORE_FROM = 2;

    private CountedVoterLists() {
    }

    static List<VoteTallies.Tally> find(ExtractionContext context, Sentence s, String target) {
        List<VoteTallies.Tally> tallies = new ArrayList<>();
        if (s.tokens().stream().anyMatch(t -> t.lemma().toLowerCase(Locale.ROOT).matches("need|require"))) {
            // "A resolution needs nine votes in favour and no vetoes by A, B or C": the rule of the vote, no tally
            return tallies;
        }
        for (int t = 1; t < s.tokens().size(); t++) {
            String predicate = countedSide(s, t);
            if (predicate == null) {
                continue;
            }
            int from = t + 1;
            if (s.token(from).word().equalsIgnoreCase("against")) {
                from++;
            }
            int verb = -1;
            for (int v = 0; v < MAX_VERBS_BEFORE_FROM && from < s.tokens().size() && s.token(from).pos().startsWith("VB"); v++) {
                verb = from++;
            }
            if (from >= s.tokens().size() || !s.token(from).word().matches("(?i)from|by")) {
                continue;
            }
            List<String> voters = namesFrom(context, s, from + 1, target);
            if (verb > 0) {
                // "In addition to Russia, \"no\" votes came from A and B"
                StanceHolders.companions(context, s, s.token(verb)).stream()
                        .filter(a -> !voters.contains(a) && !a.equals(target)).forEach(voters::add);
            }
            if (!voters.isEmpty()) {
                tallies.add(new VoteTallies.Tally(voters, predicate, target, t, "vote-count-from"));
            }
        }
        bareSides(context, s, target, tallies);
        included(context, s, target, tallies);
        amongCounted(context, s, target, tallies);
        return tallies;
    }

    /**
     * "with A, B and C among the nine countries voting no", "A and B among the members that abstained": names placed
     * among a count of members whose side the words after the count tell.
     */
    private static void amongCounted(ExtractionContext context, Sentence s, String target, List<VoteTallies.Tally> tallies) {
        for (int t = 2; t < s.tokens().size(); t++) {
            if (!s.token(t).word().equalsIgnoreCase("among") || context.actorAt(s.index(), t - 1).isEmpty()) {
                continue;
            }
            int n = t + 1;
            while (n <= s.tokens().size() && s.token(n).pos().matches("DT|CD|JJ")) {
                n++;
            }
            if (n > s.tokens().size() || !s.token(n).lemma().toLowerCase(Locale.ROOT).matches(MEMBER_NOUNS)) {
                continue;
            }
            String after = s.span(n + 1, Math.min(s.tokens().size() + 1, n + 5)).toLowerCase(Locale.ROOT);
            String predicate = after.matches("(that |which |who |to )?(voting|voted|vote) (no|against)\\b.*") ? "votedAgainst"
                    : after.matches("(that |which |who |to )?(voting|voted|vote) (yes|for|in favou?r)\\b.*") ? "votedFor"
                    : after.matches("(that |which |who |to )?(abstaining|abstained|abstain)\\b.*") ? "abstainedOn"
                    : null;
            if (predicate == null) {
                continue;
            }
            int first = t - 1;
            while (first > 1 && (context.actorAt(s.index(), first - 1).isPresent()
                    || s.token(first - 1).word().matches("(?i)and|the|,"))) {
                first--;
            }
            List<String> voters = namesFrom(context, s, first, target);
            if (!voters.isEmpty()) {
                tallies.add(new VoteTallies.Tally(voters, predicate, target, n + 1, "vote-among-counted"));
            }
        }
    }

    /**
     * "12 abstained, including A and B", "with 12 abstentions including A", "eight voted against, including A": the
     * names a side of the count is said to include, read in order, as the parser often hangs them on another verb.
     */
    private static void included(ExtractionContext context, Sentence s, String target, List<VoteTallies.Tally> tallies) {
        for (int t = 1; t < s.tokens().size(); t++) {
            String word = s.token(t).word().toLowerCase(Locale.ROOT);
            String predicate = word.matches("abstain(ed|ing)|abstentions") ? "abstainedOn"
                    : word.equals("against") && t > 1 && s.token(t - 1).lemma().equalsIgnoreCase("vote") ? "votedAgainst"
                    : null;
            if (predicate == null) {
                continue;
            }
            int n = t + 1;
            if (s.token(n).word().equals(",")) {
                n++;
            }
            if (n >= s.tokens().size() || !s.token(n).word().equalsIgnoreCase("including")) {
                continue;
            }
            List<String> voters = namesFrom(context, s, n + 1, target);
            if (!voters.isEmpty()) {
                int side = predicate.equals("votedAgainst") ? t - 1 : t;
                tallies.add(new VoteTallies.Tally(voters, predicate, target, side, "vote-count-including"));
            }
        }
    }

    /** The side a noun of the count tells: "abstentions", "votes against", "\"no\" votes", "yes votes", a veto. */
    private static String countedSide(Sentence s, int t) {
        Token noun = s.token(t);
        String lemma = noun.lemma().toLowerCase(Locale.ROOT);
        if (!noun.pos().startsWith("NN")) {
            return null;
        }
        if (lemma.equals("abstention")) {
            return "abstainedOn";
        }
        if (lemma.equals("veto")) {
            // "the threat of a veto by X", "a possible veto by X": a veto spoken of is not one cast
            String before = s.span(Math.max(1, t - 4), t).toLowerCase(Locale.ROOT);
            return before.matches("(?s).*\\b(threat\\w*|possible|potential|likely|would|could|may|might|expected|no|without)\\b.*")
                    ? null : "vetoed";
        }
        if (!lemma.equals("vote")) {
            return null;
        }
        if (s.token(t + 1).word().equalsIgnoreCase("against")) {
            return "votedAgainst";
        }
        for (int b = t - 1; b >= Math.max(1, t - 3); b--) {
            String word = s.token(b).word().toLowerCase(Locale.ROOT);
            if (word.equals("no")) {
                return "votedAgainst";
            }
            if (word.equals("yes")) {
                return "votedFor";
            }
            if (!s.token(b).pos().matches("``|''") && !word.matches("[\"\u201c\u201d']")) {
                return null;
            }
        }
        return null;
    }

    /**
     * "The resolution garnered 10 votes in favor, A and B against, and C abstaining", "adopted with A and B dissenting":
     * a list of names set off by a comma, "with", "while" or "and" and followed by a side word voted that way. A bare
     * "against" or "in favour" needs a sentence that counts votes; a participle of the vote ("abstaining",
     * "dissenting", "opposed", "voting no") is a side in any such clause.
     */
    private static void bareSides(ExtractionContext context, Sentence s, String target, List<VoteTallies.Tally> tallies) {
        boolean counts = s.tokens().stream().anyMatch(t -> t.pos().equals("CD"))
                && s.tokens().stream().anyMatch(t -> t.lemma().equalsIgnoreCase("vote"));
        for (int t = 3; t <= s.tokens().size(); t++) {
            Side side = bareSide(s, t);
            if (side == null || !(counts || side.participle()) || context.actorAt(s.index(), t - 1).isEmpty()) {
                continue;
            }
            int first = t - 1;
            while (first > 1 && (context.actorAt(s.index(), first - 1).isPresent()
                    || s.token(first - 1).word().matches("(?i)and|the") || s.token(first - 1).word().equals(",")
                    && context.actorAt(s.index(), first - 2).isPresent())) {
                first--;
            }
            // "with A voting against and B abstaining": an "and" opening the names sets them off from the side before
            boolean setOff = first > 1 && (s.token(first - 1).word().matches(",|;|:|(?i)with|while|and")
                    || s.token(first).word().equalsIgnoreCase("and")
                    || isQuote(s.token(first - 1)) && s.token(first - 2).word().equals(","));
            if (!setOff) {
                continue;
            }
            List<String> voters = namesFrom(context, s, first, target);
            if (!voters.isEmpty()) {
                tallies.add(new VoteTallies.Tally(voters, side.predicate(), target, t, BARE_SIDE));
            }
        }
    }

    /** A side word closing a verbless part of a tally, and whether it is a participle of the vote. */
    private record Side(String predicate, boolean participle) {}

    /**
     * "against", "in favour", or a participle ("abstaining", "dissenting", "opposed", "voting against", "voting
     * \"no\"") closing a verbless part of a tally: a comma, "and", a semicolon or the end follows.
     */
    private static Side bareSide(Sentence s, int t) {
        String word = s.token(t).word().toLowerCase(Locale.ROOT);
        int next = t + 1;
        boolean participle = false;
        if (word.equals("voting") && next <= s.tokens().size()) {
            participle = true;
            word = s.token(next).word().toLowerCase(Locale.ROOT);
            next++;
            if (isQuote(s.token(next - 1)) && next <= s.tokens().size()) {
                word = s.token(next).word().toLowerCase(Locale.ROOT);
                next++;
            }
        }
        String predicate = null;
        if (word.equals("against") || participle && word.equals("no")) {
            predicate = "votedAgainst";
        } else if (participle && word.equals("yes") || participle && word.equals("for")) {
            predicate = "votedFor";
        } else if (word.equals("in") && next <= s.tokens().size()
                && s.token(next).word().toLowerCase(Locale.ROOT).matches("favou?r")) {
            predicate = "votedFor";
            next++;
        } else if (!participle && word.matches("abstaining|dissenting|opposed|opposing")) {
            predicate = word.equals("abstaining") ? "abstainedOn" : "votedAgainst";
            participle = true;
        }
        while (next <= s.tokens().size() && isQuote(s.token(next))) {
            next++;
        }
        boolean closed = next > s.tokens().size() || s.token(next).word().matches(",|;|\\.|(?i)and|while|with");
        return closed && predicate != null ? new Side(predicate, participle) : null;
    }

    /** A quote mark, opening or closing: the tagger marks a straight one either way. */
    private static boolean isQuote(Token token) {
        return token.pos().matches("``|''") || token.word().matches("[\"\u201c\u201d]");
    }

    /** The names from {@code start} on, up to the first word that is neither a name nor joins names. */
    private static List<String> namesFrom(ExtractionContext context, Sentence s, int start, String target) {
        List<String> voters = new ArrayList<>();
        for (int n = start; n <= s.tokens().size(); n++) {
            Optional<String> actor = context.actorAt(s.index(), n);
            if (actor.isPresent()) {
                actor.filter(a -> !voters.contains(a) && !a.equals(target)).ifPresent(voters::add);
            } else if (!s.token(n).word().matches("(?i),|and|the")) {
                break;
            }
        }
        return voters;
    }
}
