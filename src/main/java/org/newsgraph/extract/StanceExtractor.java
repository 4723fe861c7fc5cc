package org.newsgraph.extract;

import org.newsgraph.nlp.Dependency;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

import java.util.ArrayList;
import java.util.LinkedHashSet;
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
 * refer to the article's evacuation when that is what the article last mentioned.
 */
public final class StanceExtractor implements Extractor {

    private static final Set<String> FIRST_PERSON = Set.of("we", "us", "our", "i", "my", "me");
    private static final Set<String> ANAPHORS = Set.of("it", "text", "draft");
    /** Pronouns that can stand for the text as a verb's object ("vetoed it", "the draft, which X rejected"). */
    private static final Set<String> OBJECT_PRONOUNS = Set.of("it", "this", "that", "which", "them", "these", "those");
    /** "work on" and "press for" are stances only with their particle. */
    private static final Map<String, String> REQUIRED_PARTICLES = Map.of("work", "on", "press", "for");
    private static final Set<String> DEFINITE_DETERMINERS = Set.of("the", "this", "that", "these", "those");
    private static final Set<String> RECORDED_VOTES = Set.of("votedFor", "votedAgainst", "abstainedOn");
    private static final Map<String, String> COUNT_SIDES = Map.of("against", "votedAgainst", "abstention",
            "abstainedOn", "abstentions", "abstainedOn", "favour", "votedFor", "favor", "votedFor");
    /** Verbs that stand in for the one before them: "as did X", "as had X". */
    private static final Set<String> STAND_IN_VERBS = Set.of("do", "have", "be");
    private static final Set<String> INCLUDING = Set.of("nmod:including", "obl:including", "nmod:such_as",
            "obl:such_as");
    private static final Set<String> VOTE_ANSWERS = Set.of("yes", "no");
    private static final Set<String> RECORDED_DIRECTIONS = Set.of("votedfor", "votedagainst");
    /** Nouns for the result of a vote rather than the text voted on ("welcomed the vote", "denounced the outcome"). */
    private static final Set<String> OUTCOME_NOUNS = Set.of("vote", "outcome", "result");
    private static final Set<String> FAILED_STATUSES = Set.of("Vetoed", "Failed");
    private static final int MAX_CLIMB = 4;
    /** "WASHINGTON/UNITED NATIONS (Reuters) -": a place or two and the agency in brackets. */
    private static final int DATELINE_MAX_TOKENS = 12;

    private final Lexicon cues = Lexicon.named("stance-cues");
    private final Lexicon frames = Lexicon.named("stance-frames");
    private final Lexicon titles = Lexicon.named("titles");

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
        for (Sentence s : context.sentences()) {
            voteCount(context, s);
            for (Token cue : s.tokens()) {
                boolean gerund = isGerundTakenForANoun(s, cue);
                String lemma = gerund ? gerundStem(cue) : cue.lemma().toLowerCase(Locale.ROOT);
                String stance = cues.get(lemma);
                if (stance == null || stance.equals("drafted")) {
                    continue;
                }
                String particle = REQUIRED_PARTICLES.get(lemma);
                if (particle != null && !hasParticle(s, cue, particle)) {
                    continue;
                }
                if (describesTheTextItself(context, s, cue)) {
                    continue;
                }
                if (cue.pos().startsWith("NN") && !gerund) {
                    // "garner support for": a noun names a stance someone seeks, not one they hold; a veto is the
                    // exception, held by whoever cast it or owns it
                    if (stance.equals("veto")) {
                        vetoNoun(context, s, cue);
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
                        .filter(o -> !(vote && VOTE_ANSWERS.contains(o.word().toLowerCase(Locale.ROOT))));
                if (object.isEmpty() && "lament".equals(frames.get(lemma))) {
                    // "regretted that the draft was rejected" regrets what befell the text: the clause tells the stance
                    continue;
                }
                if (object.isPresent() && isVetoNoun(object.get())) {
                    // "condemned the veto": standing against a veto is standing for the vetoed text
                    stance = flipped(stance);
                    targets = recentResolution(context, s.index()).stream().toList();
                } else if (object.isPresent() && isOutcome(s, cue, object.get()) && !vote) {
                    // "welcomed the vote": the outcome of the vote the report is about, which for a text that was
                    // vetoed or failed is its defeat
                    targets = leadResolution(context).stream().toList();
                    if (targets.stream().anyMatch(t -> failed(context, t))) {
                        stance = flipped(stance);
                    }
                } else if (object.isPresent() && !mayNameTheTarget(context, s, cue)) {
                    // "vetoed the principles of the Charter", "opened fire": the verb is about something else
                    continue;
                } else {
                    targets = targets(context, s, cue);
                }
                if (stance == null) {
                    continue;
                }
                if (targets.isEmpty() && vote) {
                    // "Egypt voted against it", "with China abstaining": a vote is on the text just mentioned
                    targets = recentResolution(context, s.index()).stream().toList();
                }
                if (arranging) {
                    // negotiating a text is no promise to vote for it; running an evacuation is backing it
                    targets = targets.stream().filter(t -> context.kindOf(t) == EntityKind.EVACUATION).toList();
                }
                String predicate = predicate(s, cue, stance);
                if (predicate == null) {
                    continue;
                }
                String rule = "stance/" + lemma + (ExtractionContext.isNegated(s, cue.index()) ? "-negated" : "");
                Token clause = arranging ? cue : appealingVerb(s, cue).orElse(cue);
                for (String target : targets) {
                    List<String> holders = new ArrayList<>(holders(context, s, clause, target));
                    if (!holders.isEmpty()) {
                        sharedBy(context, s, cue).stream().filter(a -> !holders.contains(a) && !a.equals(target))
                                .forEach(holders::add);
                    }
                    addStance(context, s, holders, predicate, target, rule);
                }
            }
        }
    }

    /**
     * "13 votes in favour, one against (Russia) and one abstention (China, India)": the countries named in brackets
     * after a side of the count cast that vote.
     */
    private void voteCount(ExtractionContext context, Sentence s) {
        boolean countsVotes = s.tokens().stream().anyMatch(t -> t.lemma().equalsIgnoreCase("vote"));
        for (int open = 2; countsVotes && open <= s.tokens().size(); open++) {
            if (!s.token(open).word().equals("(") && !s.token(open).pos().equals("-LRB-")) {
                continue;
            }
            String side = COUNT_SIDES.get(s.token(open - 1).lemma().toLowerCase(Locale.ROOT));
            Optional<String> target = recentResolution(context, s.index());
            if (side == null || target.isEmpty()) {
                continue;
            }
            List<String> voters = new ArrayList<>();
            for (int t = open + 1; t <= s.tokens().size() && !s.token(t).pos().equals("-RRB-")
                    && !s.token(t).word().equals(")"); t++) {
                context.actorAt(s.index(), t).filter(a -> !voters.contains(a)).ifPresent(voters::add);
            }
            addStance(context, s, voters, side, target.get(), "stance/vote-count");
        }
    }

    private void addStance(ExtractionContext context, Sentence s, List<String> holders, String predicate,
                                  String target, String rule) {
        for (String holder : holders) {
            // "the Security Council approved the resolution": the deciding body's act is the outcome, not a stance
            boolean decidingBody = context.factsWith("consideredBy").stream()
                    .anyMatch(f -> f.subject().equals(target) && f.object().equals(new FactValue.EntityRef(holder)));
            if (decidingBody) {
                continue;
            }
            // an official votes only for the country he represents; one left unmapped is no council member (a bare
            // name tagged as a person may still be a country the gazetteer does not know)
            if (RECORDED_VOTES.contains(predicate) && isOfficial(context, holder)) {
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

    /**
     * The noun "veto" is a stance only of its owner: the subject of "cast / used its veto" (a veto that happened, or
     * a threat when modal or yet to come: "is expected to use its power of veto"), or the possessor in "Russia's veto", "the Russian veto". Anyone else who mentions the veto
     * ("the veto showed that", "condemned the veto") reacts to it and does not hold it.
     */
    private void vetoNoun(ExtractionContext context, Sentence s, Token veto) {
        // "use its power of veto", "exercise its right of veto": the power is what is used
        Token used = s.governorOf(veto.index())
                .filter(d -> d.relation().startsWith("nmod"))
                .map(d -> s.token(d.governor()))
                .filter(holder -> holder.lemma().equalsIgnoreCase("power") || holder.lemma().equalsIgnoreCase("right"))
                .orElse(veto);
        Optional<Dependency> governor = s.governorOf(used.index());
        Token casting = governor.filter(d -> d.relation().equals("obj"))
                .map(d -> s.token(d.governor()))
                .filter(v -> "veto-casting".equals(frames.get(v.lemma().toLowerCase(Locale.ROOT))))
                .orElse(null);
        List<String> targets = targets(context, s, casting != null ? casting : veto);
        if (targets.isEmpty()) {
            targets = recentResolution(context, s.index()).stream().toList();
        }
        for (String target : targets) {
            if (casting != null) {
                boolean happened = (casting.pos().equals("VBD") || casting.pos().equals("VBN"))
                        && !ExtractionContext.hasModal(s, casting) && !ExtractionContext.isNegated(s, casting.index());
                addStance(context, s, holders(context, s, casting, target), happened ? "vetoed" : "opposes", target,
                        "stance/veto-cast");
            } else {
                addStance(context, s, vetoOwner(context, s, veto).stream().filter(o -> !o.equals(target)).toList(),
                        "opposes", target, "stance/veto-owner");
            }
        }
    }

    /** "Russia's veto", "its veto" (through the possessor's actor), "the Russian veto". */
    private static Optional<String> vetoOwner(ExtractionContext context, Sentence s, Token veto) {
        for (Dependency d : s.dependentsOf(veto.index())) {
            Token modifier = s.token(d.dependent());
            Optional<String> owner = Optional.empty();
            if (d.relation().equals("nmod:poss") || d.relation().equals("compound")) {
                owner = QuoteExtractor.actorIn(context, s, modifier.index());
            } else if (d.relation().equals("amod")) {
                owner = context.countryByDemonym(modifier.word());
            }
            if (owner.isPresent()) {
                return owner.map(o -> representedBy(context, o));
            }
        }
        return Optional.empty();
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
        return object.pos().startsWith("NN") && OUTCOME_NOUNS.contains(object.lemma().toLowerCase(Locale.ROOT))
                && definite && (verb.pos().equals("VBD") || verb.pos().equals("VBN"))
                && !ExtractionContext.hasModal(s, verb);
    }

    private static boolean failed(ExtractionContext context, String resolution) {
        return context.factsWith("status").stream()
                .anyMatch(f -> f.subject().equals(resolution) && f.object() instanceof FactValue.Individual status
                        && FAILED_STATUSES.contains(status.localName()));
    }

    private static boolean isVetoNoun(Token token) {
        return token.pos().startsWith("NN") && token.lemma().equalsIgnoreCase("veto");
    }

    /**
     * A verb with an object is about the text or an evacuation only when its phrase names one, has a word for one or
     * a pronoun that may stand for one; it is then never about the text mentioned last.
     */
    private boolean mayNameTheTarget(ExtractionContext context, Sentence s, Token verb) {
        Set<Integer> phrase = ExtractionContext.subtree(s, verb.index());
        // "it has not vetoed the law": the subject's pronoun is the vetoer, not the text; a relative clause's subject
        // ("the faction that negotiated the deal") holds the verb's own phrase in its subtree, so only it goes
        for (Dependency d : s.dependentsOf(verb.index())) {
            if (d.relation().startsWith("nsubj")) {
                Set<Integer> subject = ExtractionContext.subtree(s, d.dependent());
                if (subject.contains(verb.index())) {
                    phrase.remove(d.dependent());
                } else {
                    phrase.removeAll(subject);
                }
            }
        }
        for (int t : phrase) {
            Token token = s.token(t);
            String word = token.word().toLowerCase(Locale.ROOT);
            boolean textOrEvent = context.entityAt(s.index(), t).map(context::kindOf)
                    .map(k -> k == EntityKind.RESOLUTION || k == EntityKind.EVACUATION).orElse(false);
            if (textOrEvent || ANAPHORS.contains(word) || OBJECT_PRONOUNS.contains(word) || isEvacuationNoun(s, token)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "the deal", "this operation", "opened a corridor": a noun for an evacuation or the agreement behind it, when it
     * is definite or the object of an act reported as done; "called for a deal" asks for one that does not exist yet.
     */
    private boolean isEvacuationNoun(Sentence s, Token token) {
        String frame = frames.get(token.lemma().toLowerCase(Locale.ROOT));
        if (!token.pos().startsWith("NN") || !("deal".equals(frame) || "operation".equals(frame))) {
            return false;
        }
        boolean definite = s.dependentsOf(token.index()).stream()
                .anyMatch(d -> d.relation().equals("nmod:poss") || d.relation().equals("det")
                        && DEFINITE_DETERMINERS.contains(s.token(d.dependent()).word().toLowerCase(Locale.ROOT)));
        boolean objectOfAReportedAct = s.governorOf(token.index())
                .filter(d -> d.relation().equals("obj"))
                .map(d -> s.token(d.governor()))
                .filter(v -> (v.pos().equals("VBD") || v.pos().equals("VBN")) && !ExtractionContext.hasModal(s, v))
                .isPresent();
        return definite || objectOfAReportedAct;
    }

    /**
     * "a draft resolution demanding an end to air strikes", "a resolution that would have demanded a withdrawal": the
     * text's own content, not anybody's stance. A relative clause is the text's content only when the text is its
     * subject ("the resolution, which Russia rejected" is Russia's stance).
     */
    private static boolean describesTheTextItself(ExtractionContext context, Sentence s, Token cue) {
        return s.governorOf(cue.index())
                .filter(d -> d.relation().startsWith("acl"))
                .filter(d -> !d.relation().equals("acl:relcl") || s.dependentsOf(cue.index()).stream()
                        .anyMatch(c -> c.relation().startsWith("nsubj") && c.dependent() == d.governor()))
                .flatMap(d -> context.entityAt(s.index(), d.governor()))
                .map(k -> context.kindOf(k) == EntityKind.RESOLUTION)
                .orElse(false);
    }

    /** "voted in favour of" / "voted for" / "voted against"; null when the sentence does not say which way. */
    private static String voteDirection(Sentence s, Token cue) {
        for (Dependency d : s.dependentsOf(cue.index())) {
            String relation = d.relation();
            Token object = s.token(d.dependent());
            // "the only country to vote against": the direction as a bare particle
            boolean particle = relation.equals("compound:prt");
            if (relation.equals("obl:against") || relation.equals("nmod:against")
                    || (particle && object.lemma().equalsIgnoreCase("against"))) {
                return "votedagainst";
            }
            if (particle && object.lemma().equalsIgnoreCase("for")) {
                return "votedfor";
            }
            if (relation.equals("obl:for") || relation.equals("nmod:for")
                    || (relation.startsWith("obl") && object.lemma().matches("(?i)favou?r"))) {
                return "votedfor";
            }
        }
        // "voted no", "voted 'yes'": the parser hangs the answer anywhere, but it always follows the verb
        int next = cue.index() + 1;
        while (next <= s.tokens().size() && s.token(next).pos().matches("``|''")) {
            next++;
        }
        if (next <= s.tokens().size()) {
            String answer = s.token(next).word().toLowerCase(Locale.ROOT);
            if (VOTE_ANSWERS.contains(answer)) {
                return answer.equals("yes") ? "votedfor" : "votedagainst";
            }
        }
        return null;
    }

    private String predicate(Sentence s, Token cue, String stance) {
        boolean recorded = (cue.pos().equals("VBD") || cue.pos().equals("VBN") || cue.pos().equals("VBG")
                || isGerundTakenForANoun(s, cue) || infinitiveOnANoun(s, cue)) && !ExtractionContext.hasModal(s, cue);
        if (RECORDED_DIRECTIONS.contains(stance) && ExtractionContext.isNegated(s, cue.index())) {
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
                return "abstainedOn";
            default:
                break;
        }
        boolean negated = ExtractionContext.isNegated(s, cue.index()) || governedByNegatedVerb(s, cue);
        if (lamentedEvent(s, cue)) {
            // "regretted that the draft had been rejected": who regrets what befell the text wanted it through
            String befell = stance.equals("veto") ? "opposes" : stance;
            return negated ? befell : flipped(befell);
        }
        if (stance.equals("veto")) {
            boolean happened = (cue.pos().equals("VBD") || cue.pos().equals("VBN")) && !ExtractionContext.hasModal(s, cue);
            return happened && !negated ? "vetoed" : "opposes";
        }
        if (negated) {
            return stance.equals("supports") ? "opposes" : "supports";
        }
        return stance;
    }

    /** "the only country to vote against": an infinitive qualifying a noun reports what was done, not an intention. */
    private static boolean infinitiveOnANoun(Sentence s, Token cue) {
        return cue.pos().equals("VB") && s.governorOf(cue.index())
                .filter(d -> d.relation().startsWith("acl") && !d.relation().equals("acl:relcl"))
                .map(d -> s.token(d.governor()).pos().startsWith("NN"))
                .orElse(false);
    }

    /** The resolution or evacuation (or, for a swap deal, evacuations) the cue's clause is about. */
    private List<String> targets(ExtractionContext context, Sentence s, Token cue) {
        Set<Integer> scope = new LinkedHashSet<>(ExtractionContext.subtree(s, cue.index()));
        // adjectives and nouns state the stance of their subject ("the draft was unacceptable")
        // adjectives, nouns and participles ("arrangements agreed by X") qualify the thing they attach to
        s.governorOf(cue.index()).ifPresent(d -> {
            if (!cue.pos().startsWith("VB") || d.relation().startsWith("acl")) {
                scope.add(d.governor());
                s.dependentsOf(d.governor()).stream().filter(c -> c.relation().equals("compound"))
                        .forEach(c -> scope.add(c.dependent()));
            }
        });
        for (Dependency d : s.dependencies()) {
            if (d.governor() == cue.index() && d.relation().startsWith("nsubj")) {
                scope.addAll(ExtractionContext.subtree(s, d.dependent()));
            }
        }
        if (!cue.pos().startsWith("VB")) {
            s.governorOf(cue.index()).ifPresent(g -> s.dependentsOf(g.governor()).stream()
                    .filter(d -> d.relation().startsWith("nsubj"))
                    .forEach(d -> scope.addAll(ExtractionContext.subtree(s, d.dependent()))));
        }
        for (int t : scope) {
            Optional<String> entity = context.entityAt(s.index(), t)
                    .filter(k -> context.kindOf(k) == EntityKind.RESOLUTION || context.kindOf(k) == EntityKind.EVACUATION);
            if (entity.isPresent()) {
                return List.of(entity.get());
            }
        }
        for (int t : scope) {
            if (isEvacuationNoun(s, s.token(t))) {
                List<String> evacuations = evacuationsReferredBy(context, s, s.token(t));
                if (!evacuations.isEmpty()) {
                    return evacuations;
                }
            }
        }
        boolean anaphoric = scope.stream().map(s::token)
                .anyMatch(t -> ANAPHORS.contains(t.word().toLowerCase(Locale.ROOT)) && t.index() != cue.index());
        // "Russia vetoed": the veto verb needs no object to be about the text
        if (anaphoric || cue.lemma().equalsIgnoreCase("veto")) {
            return recentResolution(context, s.index()).stream().toList();
        }
        return List.of();
    }

    /**
     * "the deal", "the operation": the article's evacuation when an evacuation is the last resolution or evacuation
     * mentioned before the noun (so "the deal" of a vote report stays unlinked). A deal covers every evacuation of the
     * article, as in a swap of besieged towns; an operation is the nearest evacuation.
     */
    private List<String> evacuationsReferredBy(ExtractionContext context, Sentence s, Token noun) {
        Optional<String> last = Optional.empty();
        for (int i = s.index(); i >= 0 && last.isEmpty(); i--) {
            Sentence earlier = context.document().sentence(i);
            int from = i == s.index() ? noun.index() - 1 : earlier.tokens().size();
            for (int t = from; t >= 1 && last.isEmpty(); t--) {
                last = context.entityAt(i, t).filter(k -> context.kindOf(k) == EntityKind.RESOLUTION
                        || context.kindOf(k) == EntityKind.EVACUATION);
            }
        }
        if (last.isEmpty() || context.kindOf(last.get()) != EntityKind.EVACUATION) {
            return List.of();
        }
        return "deal".equals(frames.get(noun.lemma().toLowerCase(Locale.ROOT)))
                ? context.entitiesOfKind(EntityKind.EVACUATION)
                : List.of(last.get());
    }

    private static int firstMention(ExtractionContext context, String entity) {
        for (Sentence s : context.sentences()) {
            for (int t = 1; t <= s.tokens().size(); t++) {
                if (context.entityAt(s.index(), t).filter(entity::equals).isPresent()) {
                    return s.index();
                }
            }
        }
        return Integer.MAX_VALUE;
    }

    /** The resolution the article mentions first: a report leads with the vote it is about. */
    private static Optional<String> leadResolution(ExtractionContext context) {
        for (Sentence s : context.sentences()) {
            for (int t = 1; t <= s.tokens().size(); t++) {
                Optional<String> entity = context.entityAt(s.index(), t).filter(k -> context.kindOf(k) == EntityKind.RESOLUTION);
                if (entity.isPresent()) {
                    return entity;
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The resolution mentioned last, within the three sentences before (or the only one in the article), leaving out
     * in earlier sentences a numbered one recalled beside the one the report leads with; before any text is named,
     * the one the report leads with.
     */
    private static Optional<String> recentResolution(ExtractionContext context, int sentenceIndex) {
        List<String> resolutions = context.entitiesOfKind(EntityKind.RESOLUTION);
        if (resolutions.size() == 1) {
            return Optional.of(resolutions.get(0));
        }
        Optional<String> lead = leadResolution(context);
        if (lead.isPresent() && sentenceIndex < firstMention(context, lead.get())) {
            // "rejected a U.S. bid ..., with only X voting yes" before the text is first named: the lead's vote
            return lead;
        }
        for (int i = sentenceIndex; i >= Math.max(0, sentenceIndex - 3); i--) {
            Sentence s = context.document().sentence(i);
            boolean earlier = i < sentenceIndex;
            for (int t = s.tokens().size(); t >= 1; t--) {
                // "it backed resolution 2397 in 2017. Japan voted yes": a numbered text recalled beside the one the
                // report leads with is not what a later vote is on
                Optional<String> entity = context.entityAt(i, t).filter(k -> context.kindOf(k) == EntityKind.RESOLUTION)
                        .filter(k -> !(earlier && lead.isPresent() && !lead.get().equals(k)
                                && context.attribute(k, "number").isPresent()));
                if (entity.isPresent()) {
                    return entity;
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Actors holding the stance: subjects up the clause chain; persons stand for whom they represent. A clause with a
     * subject of its own that names no actor ("while 12 members supported it", "the countries that voted for it")
     * holds the stance itself, so the chain stops there instead of borrowing the subject of the clause above.
     */
    private List<String> holders(ExtractionContext context, Sentence s, Token cue, String target) {
        // "with China and Kenya abstaining", "with Russia the only country to vote against": the participle or
        // infinitive hangs off the actors themselves
        Optional<Dependency> attached = s.governorOf(cue.index())
                .filter(d -> d.relation().equals("acl") || d.relation().equals("acl:to"));
        if (attached.isPresent()) {
            List<String> actors = nounActors(context, s, s.token(attached.get().governor()));
            if (!actors.isEmpty()) {
                return actors.stream().filter(a -> !a.equals(target)).distinct().toList();
            }
        }
        Token current = cue;
        Token below = null;
        for (int climb = 0; climb <= MAX_CLIMB; climb++) {
            List<String> found = new ArrayList<>();
            boolean ownSubject = false;
            for (Dependency d : s.dependentsOf(current.index())) {
                if (!d.relation().startsWith("nsubj") && !d.relation().equals("obl:agent")
                        && !d.relation().equals("obl:by")) {
                    continue;
                }
                Token subject = s.token(d.dependent());
                if (inDateline(s, subject) || isVetoNoun(subject)) {
                    // "UNITED NATIONS (Reuters) - Russia and China vetoed", "Russia vetoes text, China abstains": the
                    // parser makes the dateline or the first clause of a headline the subject and hangs the real one
                    // on it in apposition
                    s.dependentsOf(subject.index()).stream().filter(a -> a.relation().equals("appos"))
                            .forEach(a -> resolveHolder(context, s, s.token(a.dependent())).ifPresent(found::add));
                    continue;
                }
                if (isTheText(context, s, subject)) {
                    // "the draft was unacceptable": whoever says so holds the stance, further up
                    continue;
                }
                Optional<String> holder = resolveHolder(context, s, subject);
                if (holder.isPresent()) {
                    holder.filter(h -> !h.equals(target)).ifPresent(found::add);
                } else if (d.relation().startsWith("nsubj") && (subject.pos().startsWith("NN")
                        || subject.pos().equals("CD")) && !hasPronounPossessor(s, subject)) {
                    List<String> members = nounActors(context, s, subject);
                    found.addAll(members.isEmpty() ? includedInClause(context, s, current) : members);
                    ownSubject = true;
                }
            }
            if (!found.isEmpty() && below != null && joinedIn(s, current, below)) {
                for (Dependency d : s.dependentsOf(current.index())) {
                    if (d.relation().equals("obj")) {
                        found.addAll(nounActors(context, s, s.token(d.dependent())));
                    }
                }
            }
            if (!found.isEmpty()) {
                return found.stream().filter(a -> !a.equals(target)).distinct().toList();
            }
            Optional<Dependency> up = s.governorOf(current.index());
            if (ownSubject || up.isEmpty()) {
                break;
            }
            below = current;
            current = s.token(up.get().governor());
        }
        return List.of();
    }

    /**
     * The actors a noun stands for: itself and its conjuncts ("China and Kenya"), or, when it names none, the subject
     * it is said of ("X and Y were among the members that voted", "X, a faction that negotiated", "with X the only
     * country to vote") or the members it includes ("13 members, including X and Y, voted").
     */
    private static List<String> nounActors(ExtractionContext context, Sentence s, Token noun) {
        List<String> actors = new ArrayList<>();
        resolveHolder(context, s, noun).ifPresent(actors::add);
        for (Dependency c : s.dependentsOf(noun.index())) {
            if (c.relation().startsWith("conj")) {
                resolveHolder(context, s, s.token(c.dependent())).ifPresent(actors::add);
            }
        }
        if (!actors.isEmpty()) {
            return actors;
        }
        for (Dependency c : s.dependentsOf(noun.index())) {
            if (c.relation().startsWith("nsubj")) {
                resolveHolder(context, s, s.token(c.dependent())).ifPresent(actors::add);
            }
        }
        s.governorOf(noun.index()).filter(d -> d.relation().equals("appos") || d.relation().equals("dep"))
                .flatMap(d -> resolveHolder(context, s, s.token(d.governor())))
                .ifPresent(actors::add);
        for (int t : ExtractionContext.subtree(s, noun.index())) {
            s.dependentsOf(t).stream()
                    .filter(d -> d.relation().equals("nmod:including") || d.relation().equals("nmod:such_as"))
                    .forEach(d -> resolveHolder(context, s, s.token(d.dependent())).ifPresent(actors::add));
        }
        return actors;
    }

    /**
     * "Egypt abstained, as did Algeria and Peru": the actors after "as" and a stand-in verb in the cue's phrase do the
     * same.
     */
    private static List<String> sharedBy(ExtractionContext context, Sentence s, Token cue) {
        List<String> actors = new ArrayList<>();
        for (int as : ExtractionContext.subtree(s, cue.index())) {
            if (as <= cue.index() || as + 1 > s.tokens().size() || !s.token(as).word().equalsIgnoreCase("as")
                    || !STAND_IN_VERBS.contains(s.token(as + 1).lemma().toLowerCase(Locale.ROOT))) {
                continue;
            }
            for (int t = as + 2; t <= s.tokens().size() && !s.token(t).pos().matches("[.,:]"); t++) {
                context.actorAt(s.index(), t).filter(a -> !actors.contains(a)).ifPresent(actors::add);
            }
        }
        return actors;
    }

    /** A passive cue in the clause a verb of regret governs: "regretted that the text was blocked". */
    private boolean lamentedEvent(Sentence s, Token cue) {
        boolean passive = s.dependentsOf(cue.index()).stream()
                .anyMatch(d -> d.relation().equals("aux:pass") || d.relation().equals("nsubj:pass"));
        return passive && s.governorOf(cue.index())
                .filter(d -> d.relation().equals("ccomp"))
                .map(d -> "lament".equals(frames.get(s.token(d.governor()).lemma().toLowerCase(Locale.ROOT))))
                .orElse(false);
    }

    /**
     * "joining the United States in voting yes": after "in" the parser may take a gerund for a noun; it is the verb
     * of the act.
     */
    private static boolean isGerundTakenForANoun(Sentence s, Token token) {
        return token.pos().startsWith("NN") && token.word().toLowerCase(Locale.ROOT).endsWith("ing")
                && s.governorOf(token.index()).map(d -> d.relation().endsWith(":in")).orElse(false);
    }

    /** "voting" is "vote", "backing" is "back". */
    private String gerundStem(Token gerund) {
        String stem = gerund.word().toLowerCase(Locale.ROOT).replaceFirst("ing$", "");
        return cues.get(stem) == null && cues.get(stem + "e") != null ? stem + "e" : stem;
    }

    /** "Russia joined China in voting against it": whoever is joined in an act does it too. */
    private boolean joinedIn(Sentence s, Token verb, Token act) {
        return "joining".equals(frames.get(verb.lemma().toLowerCase(Locale.ROOT)))
                && s.governorOf(act.index()).filter(d -> d.governor() == verb.index())
                        .map(d -> d.relation().endsWith(":in")).orElse(false);
    }

    /**
     * A wire dateline ("UNITED NATIONS (Reuters) -"): capitals up to the first dash at the start of the sentence.
     */
    private static boolean inDateline(Sentence s, Token token) {
        if (!s.token(1).word().matches("\\p{Lu}{2,}")) {
            return false;
        }
        for (int t = 1; t <= Math.min(s.tokens().size(), DATELINE_MAX_TOKENS); t++) {
            String word = s.token(t).word();
            if (word.matches("-+|\u2014|\u2013")) {
                return token.index() < t;
            }
        }
        return false;
    }

    /**
     * "Seven members voted in favour, including France and Ecuador": the parser often hangs the members included on
     * the clause's last noun rather than on the subject.
     */
    private static List<String> includedInClause(ExtractionContext context, Sentence s, Token verb) {
        List<String> actors = new ArrayList<>();
        for (int t : ExtractionContext.subtree(s, verb.index())) {
            s.dependentsOf(t).stream()
                    .filter(d -> INCLUDING.contains(d.relation()))
                    .forEach(d -> resolveHolder(context, s, s.token(d.dependent())).ifPresent(actors::add));
        }
        return actors;
    }

    /** "pleaded with members to back the draft": the verb whose subject asks for the cue's stance. */
    private Optional<Token> appealingVerb(Sentence s, Token cue) {
        return s.governorOf(cue.index())
                .filter(d -> d.relation().startsWith("xcomp") || d.relation().startsWith("advcl:to"))
                .map(d -> s.token(d.governor()))
                .filter(v -> v.pos().startsWith("VB")
                        && "appeal".equals(frames.get(v.lemma().toLowerCase(Locale.ROOT))));
    }

    private boolean isTheText(ExtractionContext context, Sentence s, Token subject) {
        boolean marked = context.entityAt(s.index(), subject.index())
                .map(k -> context.kindOf(k) == EntityKind.RESOLUTION || context.kindOf(k) == EntityKind.EVACUATION)
                .orElse(false);
        return marked || ANAPHORS.contains(subject.word().toLowerCase(Locale.ROOT)) || isEvacuationNoun(s, subject);
    }

    /** "its forces": the possessor is a pronoun for someone named further up the sentence. */
    private static boolean hasPronounPossessor(Sentence s, Token noun) {
        return s.dependentsOf(noun.index()).stream()
                .anyMatch(d -> d.relation().equals("nmod:poss") && s.token(d.dependent()).pos().startsWith("PRP"));
    }

    private static Optional<String> resolveHolder(ExtractionContext context, Sentence s, Token subject) {
        if (FIRST_PERSON.contains(subject.word().toLowerCase(Locale.ROOT))) {
            return speakerSide(context, subject);
        }
        Optional<String> actor = QuoteExtractor.actorIn(context, s, subject.index());
        if (actor.isEmpty()) {
            // "his country": the possessor's country, through coreference of the noun phrase
            actor = s.dependentsOf(subject.index()).stream()
                    .filter(d -> d.relation().equals("nmod:poss"))
                    .map(d -> context.actorAt(s.index(), d.dependent()))
                    .flatMap(Optional::stream)
                    .findFirst()
                    .map(person -> representedBy(context, person));
        }
        return actor.map(a -> representedBy(context, a));
    }

    private static String representedBy(ExtractionContext context, String actor) {
        if (context.kindOf(actor) != EntityKind.PERSON) {
            return actor;
        }
        return context.factsWith("represents").stream()
                .filter(f -> f.subject().equals(actor))
                .map(f -> ((FactValue.EntityRef) f.object()).key())
                .findFirst()
                .orElse(actor);
    }

    /** "We" inside a quote is the side of the quote's speaker. */
    private static Optional<String> speakerSide(ExtractionContext context, Token pronoun) {
        for (Fact quote : context.factsWith("quote")) {
            int start = intValue(context, quote.subject(), "charStart");
            int end = intValue(context, quote.subject(), "charEnd");
            if (pronoun.begin() >= start && pronoun.end() <= end) {
                return context.factsWith("speaker").stream()
                        .filter(f -> f.subject().equals(quote.subject()))
                        .map(f -> ((FactValue.EntityRef) f.object()).key())
                        .findFirst()
                        .map(speaker -> representedBy(context, speaker));
            }
        }
        return Optional.empty();
    }

    private static int intValue(ExtractionContext context, String subject, String predicate) {
        return context.facts().stream()
                .filter(f -> f.subject().equals(subject) && f.predicate().equals(predicate))
                .map(f -> Integer.parseInt(((FactValue.Literal) f.object()).lexical()))
                .findFirst().orElse(-1);
    }

    private static boolean hasParticle(Sentence s, Token verb, String particle) {
        return s.dependentsOf(verb.index()).stream().anyMatch(d -> s.token(d.dependent()).word().equalsIgnoreCase(particle))
                || (verb.index() < s.tokens().size() && s.token(verb.index() + 1).word().equalsIgnoreCase(particle));
    }

    /**
     * "cannot let this happen", "did not want to accept", "refused to back": negation on the verb that governs the
     * cue, or a governing verb that itself says no.
     */
    private boolean governedByNegatedVerb(Sentence s, Token cue) {
        return s.governorOf(cue.index())
                .filter(d -> d.relation().equals("xcomp"))
                .map(d -> ExtractionContext.isNegated(s, d.governor())
                        || "refusal".equals(frames.get(s.token(d.governor()).lemma().toLowerCase(Locale.ROOT))))
                .orElse(false);
    }
}
