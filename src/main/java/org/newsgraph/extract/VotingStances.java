package org.newsgraph.extract;

import org.newsgraph.nlp.Dependency;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A stance verb that, where the sentence tells the count of a vote, tells how the named members voted: "Twenty-two
 * voted for; A, B and C opposed it", "A and B backed the motion, which passed 120 to 9", "A supported the measure in a
 * vote on Monday", and "A, B and C joined D in opposing the measure" right after the count or a veto. Outside a
 * counted vote the same verbs stay stances (read by {@link StanceExtractor}).
 */
final class VotingStances {

    static final String RULE = "vote-stance-in-count";
    private static final Map<String, String> SIDES = Map.of("oppose", "votedAgainst", "reject", "votedAgainst",
            "back", "votedFor", "support", "votedFor", "favour", "votedFor", "favor", "votedFor");
    /** What a vote is cast on: the text, or a pronoun standing for it. */
    private static final Set<String> TEXT_WORDS = Set.of("resolution", "draft", "text", "measure", "motion",
            "proposal", "document", "bill", "it", "treaty");
    /** Clauses whose stance is told aside ("A, which opposed it, abstained"), not the vote of the sentence. */
    private static final Set<String> ASIDE_CLAUSES = Set.of("acl:relcl", "acl", "advcl", "ccomp", "csubj", "xcomp");
    private static final Set<String> JOINING_WORDS = Set.of(",", "and", "the");

    private VotingStances() {
    }

    static List<VoteTallies.Tally> find(ExtractionContext context, Sentence s, String target) {
        List<VoteTallies.Tally> tallies = new ArrayList<>();
        for (Token cue : s.tokens()) {
            String side = SIDES.get(cue.lemma().toLowerCase(Locale.ROOT));
            if (side == null || ExtractionContext.isNegated(s, cue.index()) || ExtractionContext.hasModal(s, cue)) {
                continue;
            }
            Optional<Token> join = joiningVerb(s, cue);
            List<String> voters;
            if (join.isPresent()) {
                // "A and B joined C in opposing the measure": after the count, or after a veto cast on the text,
                // joining a side is voting with it
                Sentence before = s.index() > 0 ? context.sentences().get(s.index() - 1) : null;
                if (!tellsVote(s) && (before == null || !tellsVote(before))) {
                    continue;
                }
                voters = new ArrayList<>();
                for (Dependency d : s.dependentsOf(join.get().index())) {
                    if (d.relation().startsWith("nsubj") || d.relation().equals("obj")) {
                        addWithConjuncts(context, s, s.token(d.dependent()), voters);
                    }
                }
            } else {
                if (!cue.pos().equals("VBD") || !onTheText(s, cue) || isAside(s, cue)
                        || !(tellsCount(s) || castInAVote(s, cue))) {
                    continue;
                }
                voters = namedRightBefore(context, s, cue);
                if (voters.isEmpty()) {
                    for (Dependency d : s.dependentsOf(cue.index())) {
                        if (d.relation().startsWith("nsubj")) {
                            addWithConjuncts(context, s, s.token(d.dependent()), voters);
                        }
                    }
                }
            }
            voters = new ArrayList<>(ListedVoters.widen(context, s, voters));
            voters.removeIf(v -> v.equals(target) || context.kindOf(v) == EntityKind.ORGANIZATION);
            if (!voters.isEmpty()) {
                tallies.add(new VoteTallies.Tally(voters, side, target, cue.index(), RULE));
            }
        }
        return tallies;
    }

    /** "joined C in opposing (the measure)": the verb of joining whose act the cue is, as its own or its noun's. */
    private static Optional<Token> joiningVerb(Sentence s, Token cue) {
        if (!cue.pos().equals("VBG")) {
            return Optional.empty();
        }
        Optional<Dependency> up = s.governorOf(cue.index());
        if (up.isPresent() && up.get().relation().equals("amod")) {
            // "in opposing the measure": the parser makes the participle an adjective of the text
            up = s.governorOf(up.get().governor());
        }
        if (up.isPresent() && up.get().relation().equals("dep")
                && s.token(up.get().governor()).word().equalsIgnoreCase("in")) {
            // "joined C in opposing the draft": the parser may hang the participle on a loose "in"
            return s.governorOf(up.get().governor()).map(d -> s.token(d.governor()))
                    .filter(verb -> verb.lemma().equalsIgnoreCase("join") && verb.pos().startsWith("VB"));
        }
        return up.filter(d -> d.relation().matches("(obl|nmod|advcl):in"))
                .map(d -> s.token(d.governor()))
                .filter(verb -> verb.lemma().equalsIgnoreCase("join") && verb.pos().startsWith("VB"));
    }

    /** The object of the verb is the text voted on, or the verb has none ("A and B opposed"). */
    private static boolean onTheText(Sentence s, Token cue) {
        Optional<Token> object = ExtractionContext.dependent(s, cue.index(), "obj");
        return object.isEmpty() || TEXT_WORDS.contains(object.get().lemma().toLowerCase(Locale.ROOT));
    }

    private static boolean isAside(Sentence s, Token cue) {
        return s.governorOf(cue.index()).filter(d -> ASIDE_CLAUSES.contains(d.relation())).isPresent();
    }

    /** "supported the measure in a vote": the verb itself says a vote was cast. */
    private static boolean castInAVote(Sentence s, Token cue) {
        return s.dependentsOf(cue.index()).stream().anyMatch(d -> d.relation().matches("(obl|nmod):in")
                && s.token(d.dependent()).lemma().equalsIgnoreCase("vote"));
    }

    /**
     * A sentence that tells a vote took place: its count, or a veto cast ("A and B vetoed the draft"), which a council
     * casts only in a vote.
     */
    private static boolean tellsVote(Sentence s) {
        return tellsCount(s) || s.tokens().stream().anyMatch(t -> t.lemma().equalsIgnoreCase("veto")
                && t.pos().matches("VBD|VBN") && !ExtractionContext.isNegated(s, t.index())
                && Clauses.reportedAsDone(s, t));
    }

    /**
     * A sentence that tells the count of a vote: "128-9", "120 to 9", or a number beside the words of the vote
     * ("Twenty-two voted for", "with 35 abstentions").
     */
    static boolean tellsCount(Sentence s) {
        boolean number = false;
        boolean voteWord = false;
        for (Token t : s.tokens()) {
            String word = t.word().toLowerCase(Locale.ROOT);
            if (word.matches("\\d+-\\d+") || t.pos().equals("CD") && t.index() + 2 <= s.tokens().size()
                    && s.token(t.index() + 1).word().matches("(?i)to|-") && s.token(t.index() + 2).pos().equals("CD")) {
                return true;
            }
            number |= t.pos().equals("CD");
            voteWord |= t.lemma().toLowerCase(Locale.ROOT).matches("vote|abstention|abstain");
        }
        return number && voteWord;
    }

    /** The list of names that ends right before the verb and opens its clause ("; A, B and C opposed it"). */
    private static List<String> namedRightBefore(ExtractionContext context, Sentence s, Token verb) {
        List<String> actors = new ArrayList<>();
        int t = verb.index() - 1;
        for (; t >= 1; t--) {
            Optional<String> actor = context.actorAt(s.index(), t);
            if (actor.isPresent()) {
                actor.filter(a -> !actors.contains(a)).ifPresent(a -> actors.add(0, a));
            } else if (!JOINING_WORDS.contains(s.token(t).word().toLowerCase(Locale.ROOT))) {
                break;
            }
        }
        boolean opensClause = t < 1 || s.token(t).word().matches(";|:");
        return opensClause ? actors : new ArrayList<>();
    }

    private static void addWithConjuncts(ExtractionContext context, Sentence s, Token noun, List<String> voters) {
        Actors.holder(context, s, noun).filter(a -> !voters.contains(a)).ifPresent(voters::add);
        for (Dependency c : s.dependentsOf(noun.index())) {
            if (c.relation().startsWith("conj")) {
                Actors.holder(context, s, s.token(c.dependent())).filter(a -> !voters.contains(a)).ifPresent(voters::add);
            }
        }
    }
}
