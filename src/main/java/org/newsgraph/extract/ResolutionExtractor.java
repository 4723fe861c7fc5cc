package org.newsgraph.extract;

import org.newsgraph.extract.ResolutionGrouping.Drafter;
import org.newsgraph.extract.ResolutionGrouping.Mention;
import org.newsgraph.extract.ResolutionGrouping.Resolution;
import org.newsgraph.nlp.Dependency;
import org.newsgraph.nlp.SemgrexRules;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Resolutions: every singular mention of a resolution or draft ("a French-drafted resolution", "a draft put forward by
 * France", "France's resolution", "the draft", and "the text" once the article is about a resolution) within an
 * article. The ways of naming a drafter and of reporting an outcome are grammar rules in
 * {@code extract/rules/resolution-drafters.semgrex} and {@code resolution-outcomes.semgrex}; the mentions that are one
 * text are merged by {@link ResolutionGrouping}. The drafter, the deliberating body, the number and the places and
 * evacuations the text is about come from the mention's own phrase.
 */
public final class ResolutionExtractor implements Extractor {

    private static final Set<String> RESOLUTION_NOUNS = Set.of("resolution", "draft");
    /** Nouns that name a resolution only where the article is about one. */
    private static final Set<String> GENERIC_NOUNS = Set.of("text", "measure");
    private static final Pattern STAND_INS = Pattern.compile("(?i)it|co-?(sponsors?|authors?)");
    private static final Pattern RESOLUTION_NUMBER = Pattern.compile("^\\d{3,4}$");
    private static final Set<String> NUMBER_WORDS = Set.of("no.", "number", "numbered");
    /** Where the vote happens ("voted on in New York"), not what the text is about. */
    private static final Set<String> PLACE_RELATIONS_EXCLUDED = Set.of("obl:in", "obl:at", "obl:on", "obl:tmod");
    /**
     * Branches of a resolution's phrase that are not its content: who votes or speaks (subjects, agents, "while China
     * abstained"), when and amid what ("after days of haggling with X"), and asides about a place ("X, the enclave
     * near Y").
     */
    private static final Pattern NOT_CONTENT = Pattern.compile(
            "nsubj.*|csubj.*|obl:agent|obl:by|obl:with|advcl.*|parataxis|appos|discourse|ref|obl:tmod|"
                    + "obl:(after|before|since|until|during|amid|despite)|nmod:poss");
    /** Verbs predicating a resolution's target of it: "it was aimed at X", "the text targets X". */
    private static final Set<String> PURPOSE_VERBS = Set.of("aim", "target", "focus");
    /** How many sentences back "it" may still stand for the resolution mentioned last. */
    private static final int PRONOUN_WINDOW = 2;

    private final Lexicon outcomes = Lexicon.named("resolution-status");
    private final SemgrexRules drafterRules = SemgrexRules.named("/extract/rules/resolution-drafters.semgrex");
    private final SemgrexRules outcomeRules = SemgrexRules.named("/extract/rules/resolution-outcomes.semgrex");

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
        List<Mention> mentions = mentions(context);
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
        }
        for (Resolution r : resolutions) {
            for (Mention m : r.mentions) {
                if (m.drafter().isPresent()) {
                    for (String actor : m.drafter().get().actors()) {
                        context.addFact(actor, "drafted", r.key,
                                context.evidence(m.sentence().index(), 0.9, "resolution/" + m.drafter().get().rule()));
                    }
                }
                context.markTokens(m.sentence().index(), m.token().index(), m.token().index() + 1, r.key);
            }
        }
        for (Resolution r : resolutions) {
            for (Mention m : r.mentions) {
                describe(context, m, r.key);
                outcome(context, m, r.key);
            }
        }
        purposes(context);
    }

    /**
     * Every singular mention of a resolution in the article. "The text" and "the measure" are a resolution only once
     * the article has spoken of one (or when they name their own drafter), and not as a modifier ("a text message") or
     * with an owner ("the text of the agreement"): elsewhere they are any text.
     */
    private List<Mention> mentions(ExtractionContext context) {
        List<Mention> mentions = new ArrayList<>();
        boolean aboutResolutions = false;
        for (Sentence s : context.sentences()) {
            for (Token t : s.tokens()) {
                String lemma = t.lemma().toLowerCase(Locale.ROOT);
                boolean named = isResolutionMention(s, t);
                boolean generic = !named && GENERIC_NOUNS.contains(lemma) && t.pos().equals("NN")
                        && s.dependentsOf(t.index()).stream().noneMatch(d -> d.relation().equals("nmod:of"))
                        && s.governorOf(t.index()).map(d -> !d.relation().equals("compound")).orElse(true);
                // "B and C co-sponsored it", "joined as co-sponsors": words standing for the text in play, mentions
                // only where a drafting rule names who drafted through them
                boolean standIn = !named && !generic && aboutResolutions && STAND_INS.matcher(t.word()).matches();
                if (!named && !generic && !standIn) {
                    continue;
                }
                Mention m = new Mention(s, t, drafter(context, s, t), number(s, t), isHeadline(context, s));
                if (standIn && m.drafter().isEmpty()) {
                    continue;
                }
                boolean counts = named || aboutResolutions || m.drafter().isPresent();
                // "a text drafted by X" is a resolution as surely as "a resolution" is
                aboutResolutions |= named || m.drafter().isPresent() && !standIn;
                // "another resolution", "the last six resolutions": some other text, unless it names its own
                // drafter or number ("a rival draft put forward by X")
                if (counts && (m.drafter().isPresent() || m.number().isPresent() || !ResolutionGrouping.refersElsewhere(s, t))) {
                    mentions.add(m);
                }
            }
        }
        return mentions;
    }

    /** The first line of an article standing alone above the body is its headline. */
    private static boolean isHeadline(ExtractionContext context, Sentence s) {
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
                .filter(match -> Clauses.antecedent(s, match.node("resolution")) == m.token().index())
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
            String status = refused ? "failed" : vetoed ? "vetoed" : outcomes.get(verb.lemma());
            if ("failed".equals(status) && vetoRule) {
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
        for (int t : ExtractionContext.subtree(s, m.token().index())) {
            Optional<String> entity = context.entityAt(s.index(), t);
            if (entity.isPresent() && context.kindOf(entity.get()) == EntityKind.ORGANIZATION
                    && t < m.token().index() && context.labelOf(entity.get()).toLowerCase(Locale.ROOT).contains("council")) {
                context.addFact(resolution, "consideredBy", entity.get(), context.evidence(s.index(), 0.8, "resolution/body"));
                context.setAttribute(resolution, "body", context.labelOf(entity.get()));
            }
        }
        concerns(context, s, m.token().index(), contentOf(s, m.token().index()), resolution);
    }

    /** The places and evacuations among these tokens: what the resolution is about. */
    private static void concerns(ExtractionContext context, Sentence s, int head, Set<Integer> content, String resolution) {
        for (int t : content) {
            Token token = s.token(t);
            Optional<String> entity = context.entityAt(s.index(), t);
            if (t != head && entity.isPresent() && context.kindOf(entity.get()).isPlace()
                    && !isDrafterOrBody(context, resolution, entity.get()) && aboutRelation(s, t)) {
                context.addFact(resolution, "concerns", entity.get(), context.evidence(s.index(), 0.75, "resolution/concerns-place"));
            }
            if (entity.isPresent() && context.kindOf(entity.get()) == EntityKind.EVACUATION) {
                context.addFact(resolution, "concerns", entity.get(), context.evidence(s.index(), 0.75, "resolution/concerns-evacuation"));
            }
            if (token.lemma().equalsIgnoreCase("evacuation") || token.lemma().equalsIgnoreCase("evacuate")) {
                context.entitiesOfKind(EntityKind.EVACUATION).stream()
                        .filter(e -> context.attribute(e, "main").isPresent())
                        .findFirst()
                        .ifPresent(e -> context.addFact(resolution, "concerns", e,
                                context.evidence(s.index(), 0.75, "resolution/concerns-evacuation")));
            }
        }
    }

    /**
     * The words of a resolution's phrase that say what it is about: its modifiers and the clauses stating its content
     * ("demanding a ceasefire in X", "on X", "that would have renewed an inquiry into attacks in X"), without the
     * branches naming voters, speakers, circumstances or asides, and without what it is said not to do. A headline's
     * outcome verb misparsed as a noun compounded onto the resolution ("X vetoes UN resolution") is no content, while
     * other compounds are ("a Syria resolution", "a Gaza ceasefire resolution").
     */
    private Set<Integer> contentOf(Sentence s, int head) {
        Set<Integer> seen = new TreeSet<>();
        Deque<Integer> todo = new ArrayDeque<>();
        todo.push(head);
        while (!todo.isEmpty()) {
            int t = todo.pop();
            if (!seen.add(t)) {
                continue;
            }
            for (Dependency d : s.dependentsOf(t)) {
                boolean misparsedVerb = t == head && d.relation().equals("compound")
                        && outcomes.contains(s.token(d.dependent()).lemma());
                // "a resolution which does not condemn attacks on X" is precisely not about X
                boolean denied = ExtractionContext.isNegated(s, d.dependent());
                // "voted against the resolution - A, B and C": a list after a dash names voters, not topics
                boolean listAfterDash = d.relation().equals("dep") && dashBetween(s, t, d.dependent());
                if (!NOT_CONTENT.matcher(d.relation()).matches() && !misparsedVerb && !denied && !listAfterDash
                        && !seen.contains(d.dependent())) {
                    todo.push(d.dependent());
                }
            }
        }
        return seen;
    }

    private static boolean dashBetween(Sentence s, int from, int to) {
        for (int t = Math.min(from, to) + 1; t < Math.max(from, to); t++) {
            Token token = s.token(t);
            if (token.word().matches("-+|\u2014|\u2013") && s.token(t - 1).end() < token.begin()) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Diplomats said it was aimed above all at X": a resolution (named, or "it" right after one) that a purpose
     * verb predicates of its target.
     */
    private void purposes(ExtractionContext context) {
        String lastResolution = null;
        int lastSentence = -1;
        for (Sentence s : context.sentences()) {
            for (Token verb : s.tokens()) {
                if (!PURPOSE_VERBS.contains(verb.lemma().toLowerCase(Locale.ROOT)) || !verb.pos().startsWith("VB")) {
                    continue;
                }
                for (Dependency subject : s.dependentsOf(verb.index())) {
                    if (!subject.relation().startsWith("nsubj")) {
                        continue;
                    }
                    Optional<String> resolution = context.entityAt(s.index(), subject.dependent())
                            .filter(k -> context.kindOf(k) == EntityKind.RESOLUTION);
                    if (resolution.isEmpty() && s.token(subject.dependent()).word().equalsIgnoreCase("it")
                            && lastResolution != null && s.index() - lastSentence <= PRONOUN_WINDOW) {
                        resolution = Optional.of(lastResolution);
                    }
                    resolution.ifPresent(r -> concerns(context, s, verb.index(), contentOf(s, verb.index()), r));
                }
            }
            for (Token t : s.tokens()) {
                Optional<String> resolution = context.entityAt(s.index(), t.index())
                        .filter(k -> context.kindOf(k) == EntityKind.RESOLUTION);
                if (resolution.isPresent()) {
                    lastResolution = resolution.get();
                    lastSentence = s.index();
                }
            }
        }
    }

    private static boolean isDrafterOrBody(ExtractionContext context, String resolution, String entity) {
        return context.attribute(resolution, "drafter").map(d -> List.of(d.split(" ")).contains(entity)).orElse(false)
                || context.kindOf(entity) == EntityKind.COUNTRY && context.factsWith("drafted").stream()
                .anyMatch(f -> f.subject().equals(entity));
    }

    /** A place the text is about, not where the vote happens ("voted on in New York"), unless aimed at it. */
    private static boolean aboutRelation(Sentence s, int token) {
        return s.governorOf(token).map(d -> !PLACE_RELATIONS_EXCLUDED.contains(d.relation())
                || PURPOSE_VERBS.contains(s.token(d.governor()).lemma().toLowerCase(Locale.ROOT))).orElse(true);
    }

    private static boolean isResolutionMention(Sentence s, Token t) {
        String lemma = t.lemma().toLowerCase(Locale.ROOT);
        boolean numberedName = t.pos().equals("NNP") && number(s, t).isPresent();
        if (!RESOLUTION_NOUNS.contains(lemma) || !(t.pos().equals("NN") || numberedName)) {
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
            Optional<String> actor = Actors.drafter(context, s, match.node("drafter"));
            if (actor.isPresent()) {
                rule = rule == null ? match.rule() : rule;
                if (!actors.contains(actor.get())) {
                    actors.add(actor.get());
                }
            }
        }
        return rule == null ? Optional.empty() : Optional.of(new Drafter(List.copyOf(actors), rule));
    }
}
