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
 * Stances towards resolutions and evacuations: a stance word ("veto", "cannot accept", "unacceptable", "agreed on")
 * whose clause names a resolution or evacuation, held by the nearest actor subject up the clause chain ("Russia said
 * ... was unacceptable"). A person's stance is held by the actor the person represents, a speaker's "we" by the
 * speaker's side. Negation flips support into opposition; a veto that happened is a veto, a threatened one is
 * opposition. The noun "veto" belongs only to whoever cast or owns it: reacting to it is no veto, and condemning it is
 * support for the text. A clause with its own subject keeps its stance ("while 12 members supported it"), and a
 * stance someone appeals for ("urged members to back it") is the appealing subject's. "The deal", "the operation"
 * refer to the article's evacuation when that is what the article last mentioned. The constructions around a cue are
 * grammar rules ({@code extract/rules/stance-votes.semgrex}, {@code stance-frames.semgrex}); who holds the stance is
 * found by {@link StanceHolders}, what "it" or "the deal" refers to by {@link TextAnaphora}.
 */
public final class StanceExtractor implements Extractor {

    /** "work on" and "press for" are stances only with their particle. */
    private static final Map<String, String> REQUIRED_PARTICLES = Map.of("work", "on", "press", "for");
    private static final Set<String> DEFINITE_DETERMINERS = Set.of("the", "this", "that", "these", "those");
    private static final Set<String> RECORDED_VOTES = Set.of("votedFor", "votedAgainst", "abstainedOn");
    private static final Set<String> VOTE_ANSWERS = Set.of("yes", "no");
    private static final Set<String> RECORDED_DIRECTIONS = Set.of("votedfor", "votedagainst");
    /** Nouns for the result of a vote rather than the text voted on ("welcomed the vote", "denounced the outcome"). */
    private static final Set<String> OUTCOME_NOUNS = Set.of("vote", "outcome", "result");
    private static final Set<String> FAILED_STATUSES = Set.of("Vetoed", "Failed");
    private static final Set<String> DECISIONS = Set.of("Adopted", "Vetoed", "Failed");
    /** Stances taken rather than votes cast: what a question can ask about without anyone having taken it. */
    private static final Set<String> SIDES = Set.of("supports", "opposes");
    private static final Set<String> CRITICISM = Set.of("criticise", "criticize", "slam", "object", "dismiss");
    /** Titles of members of a legislature, who vote for themselves rather than for a country they represent. */
    private static final Set<String> LEGISLATOR_TITLES = Set.of("sen.", "senator", "rep.", "congressman",
            "congresswoman", "mp", "lawmaker", "legislator", "mep", "assemblyman", "assemblywoman", "councillor");

    private final Lexicon cues = Lexicon.named("stance-cues");
    private final Lexicon titles = Lexicon.named("titles");
    private final SemgrexRules voteRules = SemgrexRules.named("/extract/rules/stance-votes.semgrex");
    private final VoteTallies tallies = new VoteTallies(voteRules);
    private final VetoNouns vetoes = new VetoNouns(voteRules);

    @Override
    public String name() {
        return "stance";
    }

    @Override
    public Set<String> requiredAnnotators() {
        // coreference chains are followed when the pipeline has them; the default pipeline does without
        return Set.of("ner", "depparse");
    }

    @Override
    public Set<String> requiresFacts() {
        return Set.of("represents", "speaker", "drafted", "from", "consideredBy");
    }

    @Override
    public void extract(ExtractionContext context) {
        OwnNameVotes own = new OwnNameVotes();
        for (Sentence s : context.sentences()) {
            List<VoteTallies.Tally> counted = tallies.find(context, s);
            counted.forEach(t -> addStance(context, own, s, t.voters(), t.predicate(), t.target(), "stance/" + t.rule()));
            StanceNouns.find(context, s)
                    .forEach(f -> addStance(context, own, s, f.holders(), f.predicate(), f.target(), f.rule()));
            Set<Integer> countedCues = VoteTallies.sides(counted);
            for (Token cue : s.tokens()) {
                if (countedCues.contains(cue.index())) {
                    continue;
                }
                boolean gerund = isGerundTakenForANoun(s, cue);
                String lemma = gerund ? gerundStem(cue) : cue.lemma().toLowerCase(Locale.ROOT);
                String stance = StanceCueReadings.takes(lemma) ? StanceCueReadings.side(s, cue, lemma) : cues.get(lemma);
                if (stance == null || stance.equals("drafted")) {
                    continue;
                }
                String particle = REQUIRED_PARTICLES.get(lemma);
                if (particle != null && !hasParticle(s, cue, particle)) {
                    continue;
                }
                if (describesTheTextItself(context, s, cue) || befellTheTextMeanwhile(s, cue)
                        || StanceCueReadings.noStanceTaken(s, cue)) {
                    continue;
                }
                if (cue.pos().startsWith("NN") && !gerund) {
                    // "garner support for": a noun names a stance someone seeks, not one they hold; a veto is the
                    // exception, held by whoever cast it or owns it
                    if (stance.equals("veto")) {
                        vetoes.find(context, s, cue).forEach(f ->
                                addStance(context, own, s, f.holders(), f.predicate(), f.target(), f.rule()));
                    }
                    continue;
                }
                boolean arranging = stance.equals("arranges");
                if (arranging) {
                    stance = "supports";
                }
                boolean vote = stance.equals("vote") || stance.equals("abstainedon");
                if (stance.equals("vote")) {
                    stance = voteDirection(s, cue);
                    if (stance == null) {
                        continue;
                    }
                }
                List<String> targets;
                // "voted no": the answer is no object the vote is about
                Optional<Token> object = ExtractionContext.dependent(s, cue.index(), "obj")
                        .filter(o -> !(vote && VOTE_ANSWERS.contains(o.word().toLowerCase(Locale.ROOT))))
                        .filter(o -> !(vote && ListedVoters.afterColon(s, cue, o)))
                        .filter(o -> !(vote && (Clauses.quantifiedRelative(s, cue)
                                || GappedVotes.inGap(context, s, o.index()))));
                if (object.isEmpty() && StanceHolders.framing(s, cue, "lament-clause").isPresent()) {
                    // "regretted that the draft was rejected" regrets what befell the text: the clause tells the stance
                    continue;
                }
                if (object.isPresent() && VetoNouns.isVetoNoun(object.get())) {
                    // "condemned the veto": standing against a veto is standing for the vetoed text
                    stance = flipped(stance);
                    targets = TextAnaphora.recentResolution(context, s.index()).stream().toList();
                } else if (object.isPresent() && isOutcome(s, cue, object.get()) && !vote) {
                    // "welcomed the vote": the outcome of the vote the report is about, which for a text that was
                    // vetoed or failed is its defeat
                    // before any outcome is told, welcoming the vote is welcoming that one is held, no side taken
                    targets = TextAnaphora.leadResolution(context).stream().filter(t -> decided(context, t)).toList();
                    if (targets.stream().anyMatch(t -> failed(context, t))) {
                        stance = flipped(stance);
                    }
                } else if (object.isPresent() && !TextAnaphora.mayNameTheTarget(context, s, cue)) {
                    // "vetoed the principles of the Charter", "opened fire": the verb is about something else
                    continue;
                } else {
                    targets = TextAnaphora.targets(context, s, cue, !vote);
                }
                if (stance == null) {
                    continue;
                }
                if (targets.isEmpty() && vote && !TextAnaphora.votesOnAParty(context, s, cue)) {
                    // "Egypt voted against it", "with China abstaining": a vote is on the text just mentioned
                    targets = TextAnaphora.recentResolution(context, s.index()).stream().toList();
                }
                if (arranging) {
                    // negotiating a text is no promise to vote for it; running an evacuation is backing it
                    targets = targets.stream().filter(t -> context.kindOf(t) == EntityKind.EVACUATION).toList();
                }
                if (CRITICISM.contains(lemma)) {
                    // criticising an arrangement is no refusal of the evacuation; criticising a text is opposing it
                    targets = targets.stream().filter(t -> context.kindOf(t) == EntityKind.RESOLUTION).toList();
                }
                String predicate = JoinedAsVoters.recorded(context, s, cue,
                        VoteSides.countedVote(s, cue, predicate(context, s, cue, stance)));
                if (predicate == null || SIDES.contains(predicate) && OpenQuestions.asked(s, cue)) {
                    continue;
                }
                String rule = "stance/" + lemma + (ExtractionContext.isNegated(s, cue.index()) ? "-negated" : "");
                Token clause = arranging ? cue : StanceHolders.framing(s, cue, "appeal")
                        .or(() -> StanceHolders.framing(s, cue, "report-misparsed")).orElse(cue);
                for (String target : targets) {
                    List<String> holders = new ArrayList<>(StanceHolders.holders(context, s, clause, target));
                    // "A and B joined C as the only countries to vote against it": the "as" phrase stands for them all
                    JoinedAsVoters.of(context, s, cue).stream().filter(a -> !holders.contains(a) && !a.equals(target))
                            .forEach(holders::add);
                    if (!holders.isEmpty()) {
                        StanceHolders.sharedBy(context, s, cue).stream().filter(a -> !holders.contains(a) && !a.equals(target))
                                .forEach(holders::add);
                    }
                    addStance(context, own, s, holders, predicate, target, rule);
                }
            }
        }
        own.release(context);
    }

    private void addStance(ExtractionContext context, OwnNameVotes own, Sentence s, List<String> holders,
                           String predicate, String target, String rule) {
        for (String holder : holders) {
            // "the Security Council approved the resolution": the deciding body's act is the outcome, not a stance
            boolean decidingBody = context.factsWith("consideredBy").stream()
                    .anyMatch(f -> f.subject().equals(target) && f.object().equals(new FactValue.EntityRef(holder)));
            // "the General Assembly voted to approve the text", "the council endorsed it": a body that decides on texts
            // approving, adopting or rejecting one tells the outcome, whether or not the rules of outcomes read it
            boolean decision = StanceCueReadings.decidingBody(context, holder, rule);
            if (decidingBody || decision) {
                continue;
            }
            // an official votes only for the country he represents; one left unmapped is no council member (a bare
            // name tagged as a person may still be a country the gazetteer does not know), unless no state votes
            if (RECORDED_VOTES.contains(predicate) && isOfficial(context, holder)) {
                own.hold(holder, predicate, target, context.evidence(s.index(), 0.8, rule));
                continue;
            }
            Evidence evidence = context.evidence(s.index(), 0.8, rule);
            context.addFact(holder, predicate, target, evidence);
            if (predicate.equals("vetoed")) {
                context.addFact(target, "status", new FactValue.Individual("Vetoed"), evidence);
            }
        }
    }

    /** A person named with an office ("Foreign Minister X") or given a role. */
    private boolean isOfficial(ExtractionContext context, String actor) {
        if (context.kindOf(actor) != EntityKind.PERSON) {
            return false;
        }
        if (namedAsLegislator(context, actor)) {
            // "Sen. X voted no": a member of a legislature votes in his own name
            return false;
        }
        if (context.factsWith("role").stream().anyMatch(f -> f.subject().equals(actor))) {
            return true;
        }
        for (Sentence s : context.sentences()) {
            for (int t = 2; t <= s.tokens().size(); t++) {
                Token before = s.token(t - 1);
                boolean mentionStart = context.entityAt(s.index(), t).filter(actor::equals).isPresent()
                        && context.entityAt(s.index(), t - 1).filter(actor::equals).isEmpty();
                if (mentionStart && (titles.contains(before.lemma()) || "TITLE".equals(before.ner()))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean namedAsLegislator(ExtractionContext context, String person) {
        for (Sentence s : context.sentences()) {
            for (int t = 2; t <= s.tokens().size(); t++) {
                if (LEGISLATOR_TITLES.contains(s.token(t - 1).word().toLowerCase(Locale.ROOT))
                        && context.entityAt(s.index(), t).filter(person::equals).isPresent()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** "voted in favour of", "voted against", "voted no": the rule's label; null when the sentence does not say. */
    private String voteDirection(Sentence s, Token cue) {
        return voteRules.matches(s).stream().filter(m -> m.has("cue") && m.node("cue") == cue.index())
                .map(SemgrexRules.Match::label).findFirst().orElse(null);
    }

    private static String flipped(String stance) {
        return stance.equals("opposes") ? "supports" : stance.equals("supports") ? "opposes" : null;
    }

    /**
     * "welcomed the vote", "denounced the outcome": a reaction, told in the past, to a vote that has happened; "agreed
     * to a vote on the draft" is about holding one.
     */
    private static boolean isOutcome(Sentence s, Token verb, Token object) {
        boolean definite = s.dependentsOf(object.index()).stream().anyMatch(d -> d.relation().equals("det")
                && DEFINITE_DETERMINERS.contains(s.token(d.dependent()).word().toLowerCase(Locale.ROOT)));
        // "denounced the votes": several votes are polls held elsewhere, not the vote on the text
        return object.pos().startsWith("NN") && !object.pos().equals("NNS") && OUTCOME_NOUNS.contains(object.lemma().toLowerCase(Locale.ROOT))
                && definite && (verb.pos().equals("VBD") || verb.pos().equals("VBN"))
                && !ExtractionContext.hasModal(s, verb);
    }

    private static boolean decided(ExtractionContext context, String resolution) {
        return context.factsWith("status").stream()
                .anyMatch(f -> f.subject().equals(resolution) && f.object() instanceof FactValue.Individual status
                        && DECISIONS.contains(status.localName()));
    }

    private static boolean failed(ExtractionContext context, String resolution) {
        return context.factsWith("status").stream()
                .anyMatch(f -> f.subject().equals(resolution) && f.object() instanceof FactValue.Individual status
                        && FAILED_STATUSES.contains(status.localName()));
    }

    /**
     * "a draft resolution demanding an end to air strikes", "a resolution that would have demanded a withdrawal": the
     * text's own content, not anybody's stance. A relative clause is the text's content only when the text is its
     * subject ("the resolution, which Russia rejected" is Russia's stance).
     */
    private static boolean describesTheTextItself(ExtractionContext context, Sentence s, Token cue) {
        // "the draft, championed by A": a participle with its agent tells the agent's stance
        if (cue.pos().equals("VBN") && s.dependentsOf(cue.index()).stream()
                .anyMatch(d -> d.relation().equals("obl:agent") || d.relation().equals("obl:by"))) {
            return false;
        }
        return s.governorOf(cue.index())
                .filter(d -> d.relation().startsWith("acl"))
                .filter(d -> !d.relation().equals("acl:relcl") || s.dependentsOf(cue.index()).stream()
                        .anyMatch(c -> c.relation().startsWith("nsubj") && c.dependent() == d.governor()))
                .flatMap(d -> context.entityAt(s.index(), d.governor()))
                .map(k -> context.kindOf(k) == EntityKind.RESOLUTION)
                .orElse(false);
    }

    /**
     * "X said after the draft was blocked": a passive without its agent in a clause of time or cause tells what befell
     * the text, not a stance of whoever the main clause is about.
     */
    private static boolean befellTheTextMeanwhile(Sentence s, Token cue) {
        List<String> relations = s.dependentsOf(cue.index()).stream().map(d -> d.relation()).toList();
        return relations.contains("aux:pass") && relations.stream().noneMatch(r -> r.equals("obl:agent") || r.equals("obl:by"))
                && s.governorOf(cue.index()).map(d -> d.relation().startsWith("advcl")).orElse(false);
    }

    private String predicate(ExtractionContext context, Sentence s, Token cue, String stance) {
        boolean recorded = (cue.pos().equals("VBD") || cue.pos().equals("VBN") || cue.pos().equals("VBG")
                || isGerundTakenForANoun(s, cue) || infinitiveOnANoun(s, cue)) && !ExtractionContext.hasModal(s, cue);
        if (RECORDED_DIRECTIONS.contains(stance) && negatedBeyondTheAnswer(s, cue)) {
            // "cannot vote for it" refuses support; "did not vote in favour" reports no vote, which may have been an
            // abstention as well as a vote against
            return stance.equals("votedfor") && ExtractionContext.hasModal(s, cue) ? "opposes" : null;
        }
        switch (stance) {
            case "votedfor":
                return recorded ? "votedFor" : "supports";
            case "votedagainst":
                return recorded ? "votedAgainst" : "opposes";
            case "abstainedon":
                return StanceHolders.framing(s, cue, "intended-abstention").isPresent()
                        || UncastAbstentions.untold(s, cue) ? null : "abstainedOn";
            default:
                break;
        }
        boolean negated = ExtractionContext.isNegated(s, cue.index()) || governedByNegatedVerb(s, cue)
                || StanceHolders.framing(s, cue, "refusal").isPresent();
        if (StanceHolders.framing(s, cue, "lament").isPresent()) {
            // "regretted that the draft had been rejected": who regrets what befell the text wanted it through
            String befell = stance.equals("veto") ? "opposes" : stance;
            return negated ? befell : flipped(befell);
        }
        if (negated && !stance.equals("supports")) {
            // "did not block the text", "will not veto it": holding back opposition is no backing (such a member
            // often abstains); only refusing support ("cannot accept it") takes a side
            return null;
        }
        if (stance.equals("veto")) {
            return VetoNouns.toldAsDone(context, s, cue) ? "vetoed" : "opposes";
        }
        if (negated) {
            return "opposes";
        }
        return stance;
    }

    /**
     * "did not vote in favour" is negated; "voted no" is not, though the parser may hang the answer on the verb as the
     * adverb of a negation: the "no" right after the verb (or its quote mark) is the answer.
     */
    private static boolean negatedBeyondTheAnswer(Sentence s, Token cue) {
        return s.dependentsOf(cue.index()).stream().anyMatch(d -> (d.relation().equals("advmod")
                || d.relation().equals("neg")) && ExtractionContext.isNegation(s.token(d.dependent()).word())
                && !(s.token(d.dependent()).word().equalsIgnoreCase("no") && (d.dependent() == cue.index() + 1
                        || (d.dependent() == cue.index() + 2 && s.token(cue.index() + 1).pos().matches("``|''")))));
    }

    /** "the only country to vote against": an infinitive qualifying a noun reports what was done, not an intention. */
    private static boolean infinitiveOnANoun(Sentence s, Token cue) {
        if (cue.pos().equals("VB") && StanceHolders.countedSubjectOfBrokenCopula(s, cue)) {
            return true;
        }
        // "was the only country to vote against": with a copula the parser makes the infinitive the noun's xcomp
        return cue.pos().equals("VB") && s.governorOf(cue.index())
                .filter(d -> (d.relation().startsWith("acl") && !d.relation().equals("acl:relcl"))
                        || (d.relation().equals("xcomp") && s.dependentsOf(d.governor()).stream()
                                .anyMatch(c -> c.relation().equals("cop"))))
                .map(d -> s.token(d.governor()).pos().startsWith("NN"))
                .orElse(false);
    }

    /**
     * "joining Ostrovia in voting yes", "refrained from voting": after "in" or "from" the parser may take a gerund for a
     * noun; it is the verb of the act.
     */
    private static boolean isGerundTakenForANoun(Sentence s, Token token) {
        return token.pos().startsWith("NN") && token.word().toLowerCase(Locale.ROOT).endsWith("ing")
                && s.governorOf(token.index()).map(d -> d.relation().matches(".*:(in|from)")).orElse(false);
    }

    /** "voting" is "vote", "backing" is "back". */
    private String gerundStem(Token gerund) {
        String stem = gerund.word().toLowerCase(Locale.ROOT).replaceFirst("ing$", "");
        return cues.get(stem) == null && cues.get(stem + "e") != null ? stem + "e" : stem;
    }

    private static boolean hasParticle(Sentence s, Token verb, String particle) {
        return s.dependentsOf(verb.index()).stream().anyMatch(d -> s.token(d.dependent()).word().equalsIgnoreCase(particle))
                || (verb.index() < s.tokens().size() && s.token(verb.index() + 1).word().equalsIgnoreCase(particle));
    }

    /** "cannot let this happen", "did not want to accept": negation on the verb whose infinitive the cue is. */
    private static boolean governedByNegatedVerb(Sentence s, Token cue) {
        return s.governorOf(cue.index()).filter(d -> d.relation().equals("xcomp"))
                .map(d -> ExtractionContext.isNegated(s, d.governor())).orElse(false);
    }
}
