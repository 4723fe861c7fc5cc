package org.newsgraph.extract;

import org.newsgraph.extract.ResolutionGrouping.Drafter;
import org.newsgraph.extract.ResolutionGrouping.Mention;
import org.newsgraph.extract.ResolutionGrouping.Resolution;
import org.newsgraph.nlp.Dependency;
import org.newsgraph.nlp.SemgrexRules;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Resolutions: every singular mention of a resolution or draft ("a French-drafted resolution", "a draft put forward by
 * France", "France's resolution", "the draft", and "the text" once the article is about a resolution) within an
 * article. The ways of naming a drafter and of reporting an outcome are grammar rules in
 * {@code extract/rules/resolution-drafters.semgrex} and {@code resolution-outcomes.semgrex}; the mentions that are one
 * text are merged by {@link ResolutionGrouping}. What a body votes on under another name (a budget, a package, an
 * accession, the act it voted to take) is found by {@link VotedItems}. The drafter, the deliberating body, the number and the places and
 * evacuations the text is about come from the mention's own phrase.
 */
public final class ResolutionExtractor implements Extractor {

    private static final Set<String> RESOLUTION_NOUNS = Set.of("resolution", "draft", "motion", "counterproposal",
            "counter-proposal");
    /** Nouns that name a resolution only where the article is about one. */
    private static final Set<String> GENERIC_NOUNS = Set.of("text", "measure", "document");
    /**
     * Nouns that name a resolution only where a drafting rule names who put it forward ("the US-sponsored move", "a
     * proposal tabled by X"): elsewhere a move or a proposal is any act or plan.
     */
    private static final Set<String> DRAFTED_NOUNS = Set.of("move", "proposal", "initiative");
    /** "bill" is a text put to a vote only in a sentence about a legislature or what one does with a text. */
    private static final Pattern LEGISLATIVE = Pattern.compile(
            "(?i)vote|parliament|lawmaker|legislator|legislature|senate|congress|assembly|approve|approval|pass|reject"
                    + "|adopt|table|submit|introduce|veto|ratify|ratification");
    private static final Set<String> DRAFTED_BY_VERB = Set.of("drafted-by", "passive-drafted", "subject-drafted",
            "appositive-drafted-by", "relative-drafted-by", "fronted-drafted-by", "dangling-drafted-by");
    /** "its own proposal": a text of one's own, once the article is about resolutions. */
    private static final String OWN_TEXT = "own-text-drafter";
    private static final Pattern TEXT_DRAFTING_PARTICIPLE = Pattern.compile("(?i)(co-?)?(drafted|sponsored|penned|authored|tabled)");
    private static final Pattern STAND_INS = Pattern.compile("(?i)it|co-?(sponsors?|authors?)|pen-?holders?");
    private static final Pattern RESOLUTION_NUMBER = Pattern.compile("^\\d{3,4}$");
    private static final Set<String> NUMBER_WORDS = Set.of("no.", "number", "numbered");

    private final Lexicon outcomes = Lexicon.named("resolution-status");
    private final SemgrexRules drafterRules = SemgrexRules.named("/extract/rules/resolution-drafters.semgrex");
    private final SemgrexRules outcomeRules = SemgrexRules.named("/extract/rules/resolution-outcomes.semgrex");
    private final ResolutionTopics topics = new ResolutionTopics(outcomes);
    private final VotedItems votedItems = new VotedItems(outcomeRules);

    @Override
    public String name() {
        return "resolution";
    }

    @Override
    public Set<String> requiredAnnotators() {
        return Set.of("ner", "depparse");
    }

    @Override
    public void extract(ExtractionContext context) {
        List<Mention> mentions = mentions(context, false);
        boolean named = !mentions.isEmpty();
        if (mentions.isEmpty()) {
            // a report that names no text nor item of the lexicons: what its votes were cast on stands for the text
            mentions = mentions(context, true);
        }
        if (mentions.isEmpty()) {
            mentions = VotedObjects.firstCastVote(context.sentences()).map(v -> List.of(new Mention(v.sentence(),
                    v.verb(), Optional.empty(), Optional.empty(), isHeadline(context, v.sentence())))).orElse(List.of());
        }
        List<Resolution> resolutions = ResolutionGrouping.group(mentions);
        for (Resolution r : resolutions) {
            if (r.number != null) {
                r.key = numberedResolution(context, r.number);
            } else {
                r.key = context.event(EntityKind.RESOLUTION, "Resolution");
                if (!r.drafters.isEmpty()) {
                    context.setLabel(r.key, "Resolution drafted by " + String.join(", ",
                            r.drafters.stream().map(context::labelOf).sorted().toList()));
                }
            }
            if (!r.drafters.isEmpty()) {
                context.setAttribute(r.key, "drafter", String.join(" ", r.drafters));
            }
            if (!named) {
                context.setAttribute(r.key, VotedObjects.ATTRIBUTE, "yes");
            }
        }
        for (Resolution r : resolutions) {
            for (Mention m : r.mentions) {
                if (m.drafter().isPresent()) {
                    for (String actor : m.drafter().get().actors()) {
                        context.addFact(actor, "drafted", r.key,
                                context.evidence(m.sentence().index(), 0.9, "resolution/" + m.drafter().get().rule()));
                    }
                }
                if (m.token().pos().equals("NNP")) {
                    // a named item ("the Ashcombe Pact") may have been taken for an organisation's name
                    context.claimToken(m.sentence().index(), m.token().index(), r.key);
                } else {
                    context.markTokens(m.sentence().index(), m.token().index(), m.token().index() + 1, r.key);
                }
            }
        }
        for (Resolution r : resolutions) {
            for (Mention m : r.mentions) {
                describe(context, m, r.key);
                outcome(context, m, r.key);
            }
        }
        pronounOutcomes(context);
        topics.purposes(context);
    }

    /**
     * "A put forward a draft on X. It was adopted by 14 votes to none": "it" opening the sentence after a text was
     * named stands for that text when an outcome verb has it as subject.
     */
    private void pronounOutcomes(ExtractionContext context) {
        for (Sentence s : context.sentences()) {
            if (s.index() == 0 || s.tokens().isEmpty() || !s.token(1).word().equals("It")) {
                continue;
            }
            Optional<String> text = TextAnaphora.recentResolution(context, s.index());
            boolean namedJustBefore = text.isPresent() && context.mentions(s.index() - 1, text.get(), t -> true);
            if (namedJustBefore && context.entityAt(s.index(), 1).isEmpty()) {
                outcome(context, new Mention(s, s.token(1), Optional.empty(), Optional.empty(), false), text.get());
            }
        }
    }

    /**
     * Every singular mention of a resolution in the article. "The text" and "the measure" are a resolution only once
     * the article has spoken of one (or when they name their own drafter), and not as a modifier ("a text message") or
     * with an owner ("the text of the agreement"): elsewhere they are any text.
     */
    private List<Mention> mentions(ExtractionContext context, boolean votedObjects) {
        List<Mention> mentions = new ArrayList<>();
        boolean aboutResolutions = false;
        Set<String> votedTexts = new java.util.HashSet<>();
        boolean votesCast = votedObjects && VotedObjects.votesCast(context.sentences());
        for (Sentence s : context.sentences()) {
            for (Token t : s.tokens()) {
                String lemma = t.lemma().toLowerCase(Locale.ROOT);
                boolean resolutionNoun = isResolutionMention(s, t);
                // "approved the bid 287-55": the number after a voted item is its tally, not its number
                boolean item = !resolutionNoun && (votedItems.isItem(s, t, votedTexts) || votedItems.isAct(s, t)
                        || votedObjects && VotedObjects.isObject(s, t, votesCast));
                boolean named = resolutionNoun || item;
                boolean generic = !named && GENERIC_NOUNS.contains(lemma) && t.pos().equals("NN")
                        && s.dependentsOf(t.index()).stream().noneMatch(d -> d.relation().equals("nmod:of"))
                        && s.governorOf(t.index()).map(d -> !d.relation().equals("compound")).orElse(true);
                // "B and C co-sponsored it", "joined as co-sponsors": words standing for the text in play, mentions
                // only where a drafting rule names who drafted through them
                boolean standIn = !named && !generic && aboutResolutions && STAND_INS.matcher(t.word()).matches();
                boolean drafted = !named && !generic && !standIn && DRAFTED_NOUNS.contains(lemma) && t.pos().equals("NN");
                if (!named && !generic && !standIn && !drafted) {
                    continue;
                }
                Mention m = new Mention(s, t, drafter(context, s, t), item ? Optional.empty() : number(s, t),
                        isHeadline(context, s));
                if ((standIn || drafted) && m.drafter().isEmpty() || drafted && !draftedAsText(s, m, aboutResolutions)) {
                    continue;
                }
                boolean counts = named || aboutResolutions || m.drafter().isPresent();
                // "a text drafted by X" is a resolution as surely as "a resolution" is
                aboutResolutions |= named || m.drafter().isPresent() && !standIn;
                // "another resolution", "the last six resolutions": some other text, unless it names its own
                // drafter or number ("a rival draft put forward by X")
                if (counts && (m.drafter().isPresent() || m.number().isPresent()
                        || !ResolutionGrouping.refersElsewhere(s, t) && !datedElsewhere(context, s))) {
                    mentions.add(m);
                }
            }
        }
        return mentions;
    }

    /**
     * "the X-sponsored move", "a proposal tabled by X": a move or proposal is a text only when a verb of drafting a
     * text names its author; "a proposal by the envoy", "a US-backed peace initiative" are plans of someone's.
     */
    private static boolean draftedAsText(Sentence s, Mention m, boolean aboutResolutions) {
        String rule = m.drafter().map(Drafter::rule).orElse("");
        if (rule.equals(OWN_TEXT)) {
            return aboutResolutions;
        }
        if (rule.equals("split-hyphenated-drafter")) {
            return s.dependentsOf(m.token().index()).stream().anyMatch(d -> d.relation().equals("amod")
                    && TEXT_DRAFTING_PARTICIPLE.matcher(s.token(d.dependent()).word()).matches());
        }
        return DRAFTED_BY_VERB.contains(rule);
    }

    /**
     * "when the council considered a draft resolution in February 2011": a sentence dated to a year before the
     * article's (not a span since then) tells of an earlier text, which a mention naming neither drafter nor number
     * cannot be told from.
     */
    private static boolean datedElsewhere(ExtractionContext context, Sentence s) {
        if (context.date() == null) {
            return false;
        }
        int year = context.date().getYear();
        return s.tokens().stream().anyMatch(t -> t.pos().equals("CD") && t.word().matches("(19|20)\\d\\d")
                && Integer.parseInt(t.word()) < year && !sinceThen(s, t.index()));
    }

    /** "the first veto since the council acted in 2006": a span of time up to now, not the date of another text. */
    private static boolean sinceThen(Sentence s, int token) {
        return Clauses.underRelation(s, token, "(advcl|obl|nmod):since");
    }

    /**
     * "Tehran rejected the resolution", "the text, which Ostrovia rejected": a state, a city standing for one or a
     * person rejecting a text takes a side; only a body rejecting it decides it.
     */
    private static boolean rejectedByOneMember(Sentence s, Token verb) {
        return verb.lemma().equalsIgnoreCase("reject") && s.dependentsOf(verb.index()).stream()
                .filter(d -> d.relation().equals("nsubj"))
                .anyMatch(d -> s.token(d.dependent()).ner().matches("COUNTRY|PERSON|CITY|LOCATION|NATIONALITY"));
    }

    /** The first line of an article standing alone above the body is its headline. */
    static boolean isHeadline(ExtractionContext context, Sentence s) {
        List<Sentence> sentences = context.sentences();
        return s.index() == 0 && sentences.size() > 1
                && context.text().substring(s.end(), sentences.get(1).begin()).contains("\n");
    }

    private static String numberedResolution(ExtractionContext context, String number) {
        String key = context.event(EntityKind.RESOLUTION, "Resolution " + number);
        context.setAttribute(key, "number", number);
        context.addFact(key, "number", FactValue.Literal.string(number), null);
        return key;
    }

    /** "resolution 2328", "resolution No. 2328", "the resolution numbered 2328": a three- or four-digit number. */
    private static Optional<String> number(Sentence s, Token head) {
        int at = head.index() + 1;
        if (at < s.tokens().size() && NUMBER_WORDS.contains(s.token(at).word().toLowerCase(Locale.ROOT))) {
            at++;
        }
        if (at <= s.tokens().size()) {
            Token next = s.token(at);
            if (RESOLUTION_NUMBER.matcher(next.word()).matches() && next.pos().equals("CD")) {
                return Optional.of(next.word());
            }
        }
        return Optional.empty();
    }

    /**
     * What happened to the resolution, by the rules of {@code resolution-outcomes.semgrex}: only outcomes reported as
     * done count (no modal, no condition, no negation, the vote that decided it not negated either).
     */
    private void outcome(ExtractionContext context, Mention m, String resolution) {
        Sentence s = m.sentence();
        List<SemgrexRules.Match> matches = outcomeRules.matches(s).stream()
                .filter(match -> Clauses.antecedent(s, match.node("resolution")) == m.token().index()
                        || TextAnaphora.demonstrativeFor(s, match.node("resolution"), m.token().index()))
                .toList();
        // "not adopted owing to the negative vote of a permanent member": the veto, not a plain failure
        boolean vetoRule = matches.stream().anyMatch(match -> match.label().equals("vetoed"));
        for (SemgrexRules.Match match : matches) {
            Token verb = s.token(match.node("outcome"));
            // "did not adopt it": the rule has found the negation, which is the outcome itself
            boolean refused = match.label().equals("failed");
            boolean vetoed = match.label().equals("vetoed");
            if (refused && (vetoRule || s.tokens().stream().anyMatch(t -> t.lemma().equalsIgnoreCase("veto")))) {
                // "was not adopted after X vetoed it": the veto is the outcome, told by its own rule
                continue;
            }
            // "voted to suspend X": the act voted names no outcome verb, the rule tells it was adopted
            String status = refused ? "failed" : vetoed ? "vetoed"
                    : "adopted".equals(match.label()) ? "adopted" : outcomes.get(verb.lemma());
            if ("failed".equals(status) && vetoRule || rejectedByOneMember(s, verb)) {
                continue;
            }
            if (status == null || (refused || vetoed ? ExtractionContext.hasModal(s, verb) : !Clauses.reportedAsDone(s, verb))
                    || match.has("vote") && ExtractionContext.isNegated(s, match.node("vote"))) {
                continue;
            }
            context.addFact(resolution, "status", new FactValue.Individual(capitalised(status)),
                    context.evidence(s.index(), 0.8, "resolution/status-" + status));
            // "the Security Council adopted resolution N": the body that acted is the one that considered it
            for (Dependency d : s.dependentsOf(verb.index())) {
                if (d.relation().equals("nsubj")) {
                    context.entityAt(s.index(), d.dependent())
                            .filter(k -> context.kindOf(k) == EntityKind.ORGANIZATION)
                            .ifPresent(body -> context.addFact(resolution, "consideredBy", body,
                                    context.evidence(s.index(), 0.8, "resolution/body-acted")));
                }
            }
        }
    }

    private static String capitalised(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    private void describe(ExtractionContext context, Mention m, String resolution) {
        Sentence s = m.sentence();
        if (m.token().pos().startsWith("VB") && m.token().lemma().matches("(?i)vote|abstain")) {
            // a vote cast standing for what it was on: its clause names voters, not what the decision is about
            return;
        }
        for (int t : ExtractionContext.subtree(s, m.token().index())) {
            Optional<String> entity = context.entityAt(s.index(), t);
            if (entity.isPresent() && context.kindOf(entity.get()) == EntityKind.ORGANIZATION
                    && t < m.token().index() && context.labelOf(entity.get()).toLowerCase(Locale.ROOT).contains("council")) {
                context.addFact(resolution, "consideredBy", entity.get(), context.evidence(s.index(), 0.8, "resolution/body"));
                context.setAttribute(resolution, "body", context.labelOf(entity.get()));
            }
        }
        topics.concerns(context, s, m.token().index(), topics.contentOf(s, m.token().index()), resolution);
    }

    private static boolean isResolutionMention(Sentence s, Token t) {
        String lemma = t.lemma().toLowerCase(Locale.ROOT);
        boolean numberedName = t.pos().equals("NNP") && number(s, t).isPresent();
        // "the Fair Wages Bill", "MPs voted against the Bill": the last word of a name, not a man's name
        boolean namedBill = t.pos().equals("NNP")
                && s.governorOf(t.index()).map(d -> !d.relation().equals("compound")).orElse(true)
                && (VotedItems.definite(s, t) || !t.ner().equals("PERSON")
                        && s.dependentsOf(t.index()).stream().anyMatch(d -> d.relation().equals("compound")));
        if (lemma.equals("bill") && (t.pos().equals("NN") || namedBill)) {
            return s.tokens().stream().anyMatch(w -> LEGISLATIVE.matcher(w.lemma()).matches());
        }
        if (!RESOLUTION_NOUNS.contains(lemma) || !(t.pos().equals("NN") || numberedName)) {
            return false;
        }
        // "set in motion", "slow motion": movement, not a motion put to a vote
        if (lemma.equals("motion") && (s.governorOf(t.index()).map(d -> d.relation().matches("(obl|nmod):in")).orElse(false)
                || s.dependentsOf(t.index()).stream().anyMatch(d -> s.token(d.dependent()).lemma().matches("(?i)slow|perpetual")))) {
            return false;
        }
        // "draft resolution": the head noun carries the mention
        if (lemma.equals("draft") && s.governorOf(t.index())
                .filter(d -> d.relation().equals("compound") || d.relation().equals("amod"))
                .map(d -> s.token(d.governor()).lemma().equalsIgnoreCase("resolution")).orElse(false)) {
            return false;
        }
        return true;
    }

    /**
     * Every actor named by the rules of {@code resolution-drafters.semgrex} that match this mention; the rule named is
     * the first that matched.
     */
    private Optional<Drafter> drafter(ExtractionContext context, Sentence s, Token head) {
        String rule = null;
        List<String> actors = new ArrayList<>();
        for (SemgrexRules.Match match : drafterRules.matches(s)) {
            if (match.node("resolution") != head.index()) {
                continue;
            }
            for (String actor : DrafterWords.actors(context, s, match.node("drafter"))) {
                rule = rule == null ? match.rule() : rule;
                if (!actors.contains(actor)) {
                    actors.add(actor);
                }
            }
        }
        return rule == null ? Optional.empty() : Optional.of(new Drafter(List.copyOf(actors), rule));
    }
}
