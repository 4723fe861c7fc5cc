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
 * Votes told by a tally rather than by a voter's own clause: the countries in brackets or dashes beside a side of the
 * count ("one against (X)", "just five – A, B and C – opposed it", read by {@link EnclosedVoterLists}), a heading
 * over a bulleted list of names ({@link BulletedVoterLists}), names after a side of the count ("four abstentions from
 * A and B", "Russia and Bolivia against": {@link CountedVoterLists}), and the constructions of the {@code tally-*} rules of {@code stance-votes.semgrex} ("Voting in favour
 * were A, B and C", "with two abstentions, A and B", "with A and B abstaining"). Each vote is on the resolution spoken
 * of last.
 */
final class VoteTallies {

    /** One side of a tally: who cast it, the vote, on which text, and the word that told it (a cue no one else reads). */
    record Tally(List<String> voters, String predicate, String target, int side, String rule) {}

    private static final Map<String, String> COUNT_SIDES = Map.of("against", "votedAgainst", "abstention",
            "abstainedOn", "abstentions", "abstainedOn", "favour", "votedFor", "favor", "votedFor");
    private static final Map<String, String> RULE_SIDES = Map.of("tally-for", "votedFor", "tally-against",
            "votedAgainst", "tally-abstained", "abstainedOn");

    private final SemgrexRules voteRules;

    VoteTallies(SemgrexRules voteRules) {
        this.voteRules = voteRules;
    }

    List<Tally> find(ExtractionContext context, Sentence s) {
        List<Tally> tallies = new ArrayList<>();
        Optional<String> target = TextAnaphora.recentResolution(context, s.index());
        if (target.isEmpty()) {
            return tallies;
        }
        EnclosedVoterLists.find(context, s, target.get(), voteRules, tallies);
        BulletedVoterLists.find(context, s, target.get(), voteRules).ifPresent(tallies::add);
        tallies.addAll(LabelledVoterLists.find(context, s, target.get(), voteRules));
        tallies.addAll(GappedVotes.find(context, s, target.get()));
        tallies.addAll(CountedVoterLists.find(context, s, target.get()));
        tallies.addAll(VotingStances.find(context, s, target.get()));
        tallies.addAll(CompanionVoters.find(context, s, target.get(), voteRules));
        AsideSubjectVoters.find(context, s, target.get(), voteRules).ifPresent(tallies::add);
        amongThem(context, s, target.get()).ifPresent(tallies::add);
        subjectless(context, s, target.get()).ifPresent(tallies::add);
        for (SemgrexRules.Match m : voteRules.matches(s)) {
            String predicate = m.label().equals("tally-count")
                    ? COUNT_SIDES.get(s.token(m.node("side")).lemma().toLowerCase(Locale.ROOT))
                    : RULE_SIDES.get(m.label());
            if (predicate == null || !m.has("voters")) {
                continue;
            }
            List<String> voters = new ArrayList<>(StanceHolders.nounActors(context, s, s.token(m.node("voters"))));
            if (voters.isEmpty()) {
                // "the Iranian, Syrian and North Korean delegations cast votes against": the countries of the adjectives
                voters.addAll(demonymActors(context, s, s.token(m.node("voters"))));
            }
            if (m.rule().equals("tally-rejected-by")) {
                // "rejected by the Security Council" tells the decision of a body, not the votes of its members
                voters.removeIf(v -> context.kindOf(v) == EntityKind.ORGANIZATION);
            }
            if (voters.isEmpty() && s.token(m.node("voters")).pos().equals("NNS")) {
                // "The resolution was opposed by two countries: A and B": the members a plural of voters is said to
                // be (a list after "voting against the resolution" is another clause's, not the resolution's)
                voters = ListedVoters.predicatedOf(context, s, s.token(m.node("side")), allTokens(s));
            }
            if (!voters.isEmpty()) {
                // "A cast a no vote, as did B and C": those doing the same act after the tally cast the same vote
                for (String companion : asDid(context, s, m.node("side"))) {
                    if (!voters.contains(companion) && !companion.equals(target.get())) {
                        voters.add(companion);
                    }
                }
                tallies.add(new Tally(voters, predicate, target.get(), m.node("side"), m.rule()));
            }
        }
        echoed(context, s, target.get()).ifPresent(tallies::add);
        headlineVoters(context, s, target.get()).ifPresent(tallies::add);
        return ownSidesFirst(tallies);
    }

    /**
     * "Diplomats said A, B and C had voted against the measure": the parser makes the names the object of the speech
     * verb and leaves the vote without a subject; the names right before it (and its auxiliary) cast it.
     */
    private Optional<Tally> subjectless(ExtractionContext context, Sentence s, String target) {
        for (SemgrexRules.Match m : voteRules.matches(s)) {
            String side = RULE_LABEL_SIDES.get(m.label());
            if (side == null || !m.has("cue")) {
                continue;
            }
            int cue = m.node("cue");
            boolean hasSubject = s.dependentsOf(cue).stream().anyMatch(d -> d.relation().startsWith("nsubj"));
            boolean loose = s.governorOf(cue).filter(d -> d.relation().equals("dep")).isPresent();
            if (hasSubject || !loose) {
                continue;
            }
            int t = cue - 1;
            while (t >= 1 && s.token(t).word().matches("(?i)had|has|have|also|all")) {
                t--;
            }
            List<String> voters = new ArrayList<>();
            for (; t >= 1; t--) {
                Optional<String> actor = context.actorAt(s.index(), t);
                if (actor.isPresent()) {
                    actor.filter(a -> !voters.contains(a) && !a.equals(target)).ifPresent(a -> voters.add(0, a));
                } else if (!s.token(t).word().matches("(?i),|and|the")) {
                    break;
                }
            }
            // the list opens the clause of the verb of speech ("said A and B had voted"), not a phrase beside a
            // subject ("A, along with B and C, voted against")
            boolean afterSpeech = t >= 1 && (s.token(t).pos().startsWith("VB") || s.token(t).word().equalsIgnoreCase("that"));
            if (!voters.isEmpty() && afterSpeech) {
                return Optional.of(new Tally(voters, side, target, cue, "vote-subjectless"));
            }
        }
        return Optional.empty();
    }

    /** The names after ", as did" (or "as had") that follows the side word: "A cast a no vote, as did B and C". */
    private static List<String> asDid(ExtractionContext context, Sentence s, int side) {
        List<String> actors = new ArrayList<>();
        for (int t = side + 1; t + 2 <= s.tokens().size(); t++) {
            if (s.token(t).word().equals(",") && s.token(t + 1).word().equalsIgnoreCase("as")
                    && s.token(t + 2).word().matches("(?i)did|had")) {
                for (int n = t + 3; n <= s.tokens().size(); n++) {
                    Optional<String> actor = context.actorAt(s.index(), n);
                    if (actor.isPresent()) {
                        actor.filter(a -> !actors.contains(a)).ifPresent(actors::add);
                    } else if (!s.token(n).word().matches("(?i),|and|the|'s")) {
                        break;
                    }
                }
                return actors;
            }
        }
        return actors;
    }

    /** The countries of the nationality adjectives of a plural ("the Iranian and North Korean delegations"). */
    private static List<String> demonymActors(ExtractionContext context, Sentence s, Token noun) {
        List<String> actors = new ArrayList<>();
        if (!noun.pos().equals("NNS")) {
            return actors;
        }
        for (org.newsgraph.nlp.Dependency d : s.dependentsOf(noun.index())) {
            Token adjective = s.token(d.dependent());
            if (!d.relation().equals("amod") || !adjective.pos().startsWith("JJ")) {
                continue;
            }
            // "North Korean": the parser hangs "North" on "Korean"
            String words = s.dependentsOf(adjective.index()).stream()
                    .filter(m -> m.relation().matches("amod|compound") && m.dependent() == adjective.index() - 1)
                    .map(m -> s.token(m.dependent()).word() + " ").findFirst().orElse("") + adjective.word();
            context.countryByDemonym(words).or(() -> context.countryByDemonym(adjective.word()))
                    .filter(a -> !actors.contains(a)).ifPresent(actors::add);
        }
        return actors;
    }

    /**
     * "Only nine countries, among them A, B and C, voted against the text": the names set in the counted subject
     * cast the vote of the verb that follows the list.
     */
    private Optional<Tally> amongThem(ExtractionContext context, Sentence s, String target) {
        for (int t = 2; t < s.tokens().size(); t++) {
            boolean opens = s.token(t).word().equalsIgnoreCase("them") && s.token(t - 1).word().equalsIgnoreCase("among")
                    || s.token(t).word().equalsIgnoreCase("including") && s.token(t - 1).word().equals(",");
            if (!opens) {
                continue;
            }
            List<String> voters = new ArrayList<>();
            int n = t + 1;
            for (; n <= s.tokens().size(); n++) {
                Optional<String> actor = context.actorAt(s.index(), n);
                if (actor.isPresent()) {
                    actor.filter(a -> !voters.contains(a) && !a.equals(target)).ifPresent(voters::add);
                } else if (s.token(n).word().equals(".")) {
                    break;
                } else if (s.token(n).word().equals(",") && n + 1 <= s.tokens().size()
                        && context.actorAt(s.index(), n + 1).isEmpty() && !s.token(n + 1).word().equalsIgnoreCase("and")) {
                    break;
                } else if (!ListedVoters.joinsNames(s, n)) {
                    n = -1;
                    break;
                }
            }
            if (n < 0 || voters.isEmpty()) {
                continue;
            }
            if (n >= s.tokens().size() || s.token(n).word().equals(".")) {
                // "with 35 abstentions, among them A, B and C": the list closing the sentence is the count's
                String counted = t > 3 ? s.token(t - (s.token(t).word().equalsIgnoreCase("them") ? 3 : 2)).lemma()
                        .toLowerCase(Locale.ROOT) : "";
                String side = COUNT_SIDES.get(counted);
                if (side != null) {
                    return Optional.of(new Tally(voters, side, target, t, "vote-among-them"));
                }
                continue;
            }
            int verb = n + 1;
            String side = s.token(verb).lemma().equalsIgnoreCase("abstain") ? "abstainedOn"
                    : voteRules.matches(s).stream().filter(m -> m.has("cue") && m.node("cue") == verb)
                    .map(m -> RULE_LABEL_SIDES.get(m.label())).filter(java.util.Objects::nonNull).findFirst().orElse(null);
            if (side != null) {
                return Optional.of(new Tally(voters, side, target, verb, "vote-among-them"));
            }
        }
        return Optional.empty();
    }

    private static final Map<String, String> RULE_LABEL_SIDES = Map.of("votedfor", "votedFor", "votedagainst",
            "votedAgainst", "abstainedon", "abstainedOn");

    private static Set<Integer> allTokens(Sentence s) {
        Set<Integer> all = new java.util.HashSet<>();
        for (int t = 1; t <= s.tokens().size(); t++) {
            all.add(t);
        }
        return all;
    }

    /**
     * "A abstained. So did B.", "B did the same": a sentence that only repeats the act of the one before casts the same
     * vote, when that sentence tells one side and no other.
     */
    private Optional<Tally> echoed(ExtractionContext context, Sentence s, String target) {
        int did = echoingVerb(s);
        if (did < 0 || s.index() == 0) {
            return Optional.empty();
        }
        List<String> voters = new ArrayList<>();
        for (int t = 1; t <= s.tokens().size(); t++) {
            context.actorAt(s.index(), t).filter(a -> !voters.contains(a) && !a.equals(target)).ifPresent(voters::add);
        }
        Sentence before = context.sentences().get(s.index() - 1);
        Set<String> sides = new java.util.HashSet<>();
        for (SemgrexRules.Match m : voteRules.matches(before)) {
            String side = ECHOED_SIDES.get(m.label());
            if (side != null) {
                sides.add(side);
            }
        }
        boolean abstention = before.tokens().stream().anyMatch(t -> t.lemma().equalsIgnoreCase("abstain")
                && t.pos().startsWith("VB"));
        if (abstention) {
            sides.add("abstainedOn");
        }
        if (voters.isEmpty() || sides.size() != 1) {
            return Optional.empty();
        }
        return Optional.of(new Tally(voters, sides.iterator().next(), target, did, "vote-echoed"));
    }

    /**
     * "A, B vote against UN resolution": a headline that opens with names and the vote, which the parser often reads as
     * names beside a noun, is read in order. A headline has no closing full stop and stands first.
     */
    private static Optional<Tally> headlineVoters(ExtractionContext context, Sentence s, String target) {
        int last = s.tokens().size();
        if (s.index() != 0 || last < 4 || s.token(last).word().equals(".")) {
            return Optional.empty();
        }
        List<String> voters = new ArrayList<>();
        int t = 1;
        for (; t < last; t++) {
            Optional<String> actor = context.actorAt(s.index(), t);
            if (actor.isPresent()) {
                actor.filter(a -> !voters.contains(a) && !a.equals(target)).ifPresent(voters::add);
            } else if (!s.token(t).word().matches("(?i),|and")) {
                break;
            }
        }
        if (voters.isEmpty() || !s.token(t).word().matches("(?i)votes?") || t + 1 > last) {
            return Optional.empty();
        }
        String side = switch (s.token(t + 1).word().toLowerCase(Locale.ROOT)) {
            case "against", "no" -> "votedAgainst";
            case "for", "yes" -> "votedFor";
            default -> null;
        };
        return side == null ? Optional.empty() : Optional.of(new Tally(voters, side, target, t, "vote-headline"));
    }

    private static final Map<String, String> ECHOED_SIDES = Map.of("votedfor", "votedFor", "votedagainst",
            "votedAgainst", "abstainedon", "abstainedOn");

    /**
     * The "did" of a sentence that only says its subject did the same ("So did B", "So too did B", "B did the same",
     * "B did likewise", "B did too"), or -1.
     */
    private static int echoingVerb(Sentence s) {
        List<String> words = s.tokens().stream().map(t -> t.word().toLowerCase(Locale.ROOT)).toList();
        int first = words.get(0).matches("and|but") ? 1 : 0;
        if (words.size() > first + 2 && words.get(first).equals("so")) {
            int did = words.get(first + 1).equals("too") ? first + 2 : first + 1;
            return words.get(did).equals("did") ? did + 1 : -1;
        }
        int did = words.indexOf("did");
        if (did > 0 && did + 1 < words.size() && String.join(" ", words.subList(did + 1, words.size()))
                .matches("(the same|likewise|so|too|as well)( \\S+)?[.!]?")) {
            return did + 1;
        }
        return -1;
    }

    /**
     * "12 votes in favour, A against": the parser may set A beside the count of the other side; a name followed by its
     * own side word voted that way, whatever count it stands beside (or whatever side the parse of a "with" clause of
     * several sides gives it).
     */
    private static List<Tally> ownSidesFirst(List<Tally> tallies) {
        List<Tally> own = tallies.stream().filter(t -> t.rule().equals(CountedVoterLists.BARE_SIDE)).toList();
        if (own.isEmpty()) {
            return tallies;
        }
        List<Tally> kept = new ArrayList<>();
        for (Tally tally : tallies) {
            List<String> voters = tally.voters().stream().filter(v -> own.stream().noneMatch(o ->
                    o != tally && o.voters().contains(v) && !o.predicate().equals(tally.predicate()))).toList();
            if (!voters.isEmpty()) {
                kept.add(new Tally(voters, tally.predicate(), tally.target(), tally.side(), tally.rule()));
            }
        }
        return kept;
    }

    /** The cues a tally has read: the stance of such a word is the tally's, not that of a subject up the clause. */
    static Set<Integer> sides(List<Tally> tallies) {
        return Set.copyOf(tallies.stream().map(Tally::side).toList());
    }
}
