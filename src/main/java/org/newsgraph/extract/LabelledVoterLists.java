package org.newsgraph.extract;

import org.newsgraph.nlp.SemgrexRules;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A breakdown of a vote written as labels and lists, without a verb the parser could build on: "Against: A, B and C.
 * Abstaining: D and E.", "Voting against: A, B; abstaining: C, D", "Voting against were A, B and C", "Those that
 * abstained included A, B and C" (a long list often breaks the parse of such a clause). Each part of the sentence between semicolons is
 * read alone: a short label made only of vote words, a colon, then names and the words joining them, nothing else.
 */
final class LabelledVoterLists {

    private static final Set<String> AGAINST = Set.of("against", "no", "opposed", "nays", "noes");
    private static final Set<String> FOR = Set.of("for", "favour", "favor", "yes", "ayes", "yeas");
    private static final Set<String> ABSTAINED = Set.of("abstaining", "abstained", "abstention", "abstentions",
            "abstain");
    /** Words a label may hold besides the side: "Voting in favour", "Those voting against", "The following abstained". */
    private static final Set<String> LABEL_WORDS = Set.of("voting", "voted", "vote", "votes", "in", "of", "those",
            "the", "following", "countries", "states", "members", "nations", "and", "that", "who", "which",
            "resolution", "text", "draft", "measure", "it", "among", "motion", "delegations", "governments");
    /** Words of a label that say nothing of a side: "Those opposed were", "Against were", "Among those in favour were". */
    private static final Set<String> BARE_LABEL_WORDS = Set.of("those", "the", "in", "among");
    /** What ends a label: a colon, or in a sentence a copula or "included" ("Voting against were A, B and C"). */
    private static final Set<String> VERB_SEPARATORS = Set.of("were", "are", "was", "included", "include",
            "includes");
    private static final int MAX_LABEL_TOKENS = 10;
    /** Acts that undo the text they are voted on: voting to take one is voting against it. */
    private static final String UNDOING_ACTS = "(?i)reject|block|defeat|kill|scrap|drop|shelve|oppose|overturn|repeal"
            + "|strike|veto|postpone|delay|suspend|withdraw";
    /** "three votes in favour:", "two abstentions:": the words between a count and the colon it labels. */
    private static final Set<String> COUNTED_LABEL_WORDS = Set.of("votes", "vote", "in", "cast");
    private static final int COUNTED_LABEL_TOKENS = 4;
    private static final Map<String, String> RULE_SIDES = Map.of("votedfor", "votedFor", "votedagainst",
            "votedAgainst", "abstainedon", "abstainedOn");

    private LabelledVoterLists() {
    }

    static List<VoteTallies.Tally> find(ExtractionContext context, Sentence s, String target, SemgrexRules voteRules) {
        List<VoteTallies.Tally> tallies = new ArrayList<>();
        int start = 1;
        VoteTallies.Tally last = null;
        for (int t = 1; t <= s.tokens().size() + 1; t++) {
            if (t > s.tokens().size() || s.token(t).word().equals(";")) {
                int from = start;
                int to = t;
                Optional<VoteTallies.Tally> labelled = part(context, s, from, to, target, voteRules)
                        .or(() -> countLabelled(context, s, from, to, target));
                if (labelled.isPresent()) {
                    last = labelled.get();
                    tallies.add(last);
                } else if (last != null) {
                    // "Against: A; B; C": a part of names alone goes on the list of the label before it
                    Optional<List<String>> more = voters(context, s, start - 1, t);
                    if (more.isEmpty()) {
                        last = null;
                    } else {
                        tallies.remove(last);
                        List<String> joined = new ArrayList<>(last.voters());
                        more.get().stream().filter(v -> !joined.contains(v)).forEach(joined::add);
                        last = new VoteTallies.Tally(joined, last.predicate(), target, last.side(), last.rule());
                        tallies.add(last);
                    }
                }
                start = t + 1;
            }
        }
        return tallies;
    }

    /**
     * The side a line made only of a label tells ("Against (9):", "Voting no:", "Abstentions: 35", "Votes in favour"),
     * when it tells one side: a heading over a list of names, one a line.
     */
    static Optional<String> labelSide(Sentence s) {
        SidesTold told = new SidesTold();
        for (int t = 1; t <= s.tokens().size(); t++) {
            Token token = s.token(t);
            String word = token.word().toLowerCase(Locale.ROOT);
            if (told.take(word)) {
                if (told.mixed) {
                    return Optional.empty();
                }
            } else if (!(LABEL_WORDS.contains(word) || VERB_SEPARATORS.contains(word) || token.pos().equals("CD")
                    || word.matches("\\d+") || word.equals(":") || isBracket(token))) {
                // "Votes against: 3": the tagger may take a count standing alone for a list marker
                return Optional.empty();
            }
        }
        return Optional.ofNullable(told.side);
    }

    /** The side a run of label words tells; words for two sides make it no label of one side. */
    private static final class SidesTold {
        private String side;
        private boolean mixed;

        /** Whether the word tells a side, which is then taken. */
        boolean take(String word) {
            String said = sideOfLabelWord(word);
            if (said == null) {
                return false;
            }
            mixed |= side != null && !side.equals(said);
            side = said;
            return true;
        }
    }

    /**
     * "Countries that voted yes on X included", "those that voted against the licence renewals included": after its
     * side a label may name the item voted, in common words (a name there is no label).
     */
    private static boolean ofTheItem(Sentence s, int t) {
        return s.token(t).pos().matches("DT|JJ|NNS?|IN|POS|PRP\\$?|HYPH|TO|VB") && s.token(t).ner().equals("O");
    }

    /**
     * "voting to recommend it", "voted to endorse the report": the verb of the act a label's voters voted for, which
     * puts them on the side of the text, or against it when the act undoes it ("voting to reject it").
     */
    private static String votedAct(Sentence s, int t, int start) {
        if (!s.token(t).word().equalsIgnoreCase("to") || t == start || t + 1 > s.tokens().size()
                || !s.token(t - 1).word().matches("(?i)vot(e|ed|ing)") || !s.token(t + 1).pos().equals("VB")) {
            return null;
        }
        return s.token(t + 1).lemma().matches(UNDOING_ACTS) ? "votedAgainst" : "votedFor";
    }

    /** The vote a word of a label names ("against", "in favour", "abstentions"), or null. */
    private static String sideOfLabelWord(String word) {
        return AGAINST.contains(word) ? "votedAgainst" : FOR.contains(word) ? "votedFor"
                : ABSTAINED.contains(word) ? "abstainedOn" : null;
    }

    /** "Against (11):": the count a label may carry in brackets. */
    private static boolean isBracket(Token token) {
        return token.word().matches("[()\\[\\]]") || token.pos().matches("-[LR]RB-");
    }

    /** "A - B - C": a dash set apart from the names it stands between, not the hyphen inside a name. */
    private static boolean isSpacedDash(Sentence s, int t) {
        return s.token(t).word().matches("-+|\u2013|\u2014") && t > 1 && t < s.tokens().size()
                && s.token(t - 1).end() < s.token(t).begin() && s.token(t).end() < s.token(t + 1).begin();
    }

    /** The vote of the tokens from {@code start} up to {@code end} (exclusive), when they are a label and a list. */
    private static Optional<VoteTallies.Tally> part(ExtractionContext context, Sentence s, int start, int end,
            String target, SemgrexRules voteRules) {
        int colon = -1;
        for (int t = start; t < end && t - start <= MAX_LABEL_TOKENS; t++) {
            String word = s.token(t).word().toLowerCase(Locale.ROOT);
            if (word.equals(":") || VERB_SEPARATORS.contains(word)) {
                // "The countries that voted against were: A; B"
                colon = VERB_SEPARATORS.contains(word) && t + 1 < end && s.token(t + 1).word().equals(":") ? t + 1 : t;
                break;
            }
        }
        if (colon <= start) {
            return Optional.empty();
        }
        if (colon == start + 1 && s.token(start).word().matches("(?i)they|these|those")
                && !s.token(colon).word().equals(":")) {
            // "Five countries voted against. They were A, B and C.": the side is the vote of the sentence before
            int named = colon;
            return counted(context, s, start, voteRules)
                    .flatMap(side -> voters(context, s, named, end)
                            .map(v -> new VoteTallies.Tally(v, side, target, named, "vote-counted-then-named")));
        }
        SidesTold told = new SidesTold();
        int sideToken = -1;
        for (int t = start; t < colon; t++) {
            String word = s.token(t).word().toLowerCase(Locale.ROOT);
            if (told.take(word)) {
                if (told.mixed) {
                    return Optional.empty();
                }
                sideToken = t;
            } else if (told.side == null && votedAct(s, t, start) != null) {
                // "Those voting to recommend it included A, B": the act voted tells the side
                told.side = votedAct(s, t, start);
                sideToken = t;
            } else if (!(LABEL_WORDS.contains(word) || s.token(t).pos().equals("CD") || isBracket(s.token(t))
                    || t == colon - 1 && VERB_SEPARATORS.contains(word) || told.side != null && ofTheItem(s, t))
                    || context.actorAt(s.index(), t).isPresent()) {
                // "The 35 countries that abstained were": a count may stand in the label
                return Optional.empty();
            }
        }
        // "The countries were A and B" says nothing of a vote: before a verb the label needs a word of voting, or is
        // made of the side alone ("Against were A and B", "Those opposed included A", "The nays were A and B")
        boolean verb = !s.token(colon).word().equals(":");
        boolean votingWord = s.span(start, colon).toLowerCase(Locale.ROOT)
                .matches("(?s).*\\b(vot|abstain|nays|noes|ayes|yeas).*");
        boolean sideAlone = true;
        for (int t = start; t < colon; t++) {
            String word = s.token(t).word().toLowerCase(Locale.ROOT);
            sideAlone &= BARE_LABEL_WORDS.contains(word) || AGAINST.contains(word) || FOR.contains(word)
                    || ABSTAINED.contains(word);
        }
        if (told.side == null || verb && !votingWord && !sideAlone) {
            return Optional.empty();
        }
        String labelled = told.side;
        int sideAt = sideToken;
        return voters(context, s, colon, end)
                .map(v -> new VoteTallies.Tally(v, labelled, target, sideAt, "vote-labelled-list"));
    }

    /**
     * "The text passed with 12 votes in favour, none against and three abstentions: A, B and C", "with two votes
     * against -- A and B": a count and a side right before the first colon or dash of a longer clause label the names
     * after it, when nothing but names follows. The count is what makes the words before the colon a label of a vote.
     */
    private static Optional<VoteTallies.Tally> countLabelled(ExtractionContext context, Sentence s, int start, int end,
            String target) {
        for (int mark = start + 2; mark < end; mark++) {
            if (!s.token(mark).word().equals(":") && !isSpacedDash(s, mark)) {
                continue;
            }
            SidesTold told = new SidesTold();
            int sideAt = -1;
            for (int t = mark - 1; t >= start && t >= mark - COUNTED_LABEL_TOKENS; t--) {
                Token token = s.token(t);
                if (told.take(token.word().toLowerCase(Locale.ROOT))) {
                    if (told.mixed) {
                        return Optional.empty();
                    }
                    sideAt = t;
                } else if (token.pos().equals("CD") && told.side != null) {
                    String counted = told.side;
                    int at = sideAt;
                    return voters(context, s, mark, end)
                            .map(v -> new VoteTallies.Tally(v, counted, target, at, "vote-counted-list"));
                } else if (!COUNTED_LABEL_WORDS.contains(token.word().toLowerCase(Locale.ROOT))) {
                    return Optional.empty();
                }
            }
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** The names after the label, when nothing but names and the words joining them follows it. */
    private static Optional<List<String>> voters(ExtractionContext context, Sentence s, int label, int end) {
        List<String> voters = new ArrayList<>();
        for (int t = label + 1; t < end; t++) {
            Optional<String> actor = context.actorAt(s.index(), t);
            if (actor.isPresent()) {
                actor.filter(a -> !voters.contains(a)).ifPresent(voters::add);
            } else if (!ListedVoters.joinsNames(s, t) && !s.token(t).word().equals(".") && !isSpacedDash(s, t)) {
                return Optional.empty();
            }
        }
        return voters.isEmpty() ? Optional.empty() : Optional.of(voters);
    }

    /**
     * The one side a sentence opening a part counts without naming anyone ("Five countries voted against the text"),
     * for the part that names them next; only a part at the start of its sentence follows it.
     */
    private static Optional<String> counted(ExtractionContext context, Sentence s, int start, SemgrexRules voteRules) {
        if (start != 1 || s.index() == 0) {
            return Optional.empty();
        }
        Sentence before = context.document().sentence(s.index() - 1);
        boolean namesSomeone = before.tokens().stream().anyMatch(t -> context.actorAt(before.index(), t.index())
                .isPresent());
        boolean counts = before.tokens().stream().anyMatch(t -> t.pos().equals("CD")
                || t.word().matches("(?i)several|some|many|few"));
        if (namesSomeone || !counts) {
            return Optional.empty();
        }
        List<String> sides = new ArrayList<>();
        voteRules.matches(before).stream().map(m -> RULE_SIDES.get(m.label())).filter(java.util.Objects::nonNull)
                .forEach(sides::add);
        before.tokens().stream().filter(t -> t.lemma().equalsIgnoreCase("abstain")).forEach(t -> sides.add("abstainedOn"));
        return sides.stream().distinct().count() == 1 ? Optional.of(sides.get(0)) : Optional.empty();
    }
}
