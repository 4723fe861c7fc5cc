package org.newsgraph.extract;

import org.newsgraph.nlp.Dependency;
import org.newsgraph.nlp.SemgrexRules;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolutions: every singular mention of a resolution or draft ("a French-drafted resolution", "a draft put forward by
 * France", "France's resolution", "the draft", and "the text" once the article is about a resolution) within an
 * article; the ways of naming a drafter are Semgrex rules in {@code extract/rules/resolution-drafters.semgrex}.
 * Mentions with overlapping drafters, or the same number, are one resolution; how mentions without either are placed
 * is told at {@link #group}. The drafter, the deliberating body, the number and the places and evacuations the text is
 * about come from the mention's own phrase.
 */
public final class ResolutionExtractor implements Extractor {

    private static final Set<String> RESOLUTION_NOUNS = Set.of("resolution", "draft");
    /** Nouns that name a resolution only where the article is about one. */
    private static final Set<String> GENERIC_NOUNS = Set.of("text", "measure");
    /** How many sentences after an undrafted topic a definite drafted mention may still name its drafter. */
    private static final int TOPIC_DRAFTER_WINDOW = 2;
    private static final Pattern HYPHENATED_DRAFTER = Pattern.compile("(?i)^(.+)-(drafted|sponsored|penned|authored|proposed|written|led)$");
    private static final Pattern RESOLUTION_NUMBER = Pattern.compile("^\\d{3,4}$");
    private static final Set<String> RELATIVE_PRONOUNS = Set.of("which", "that");
    private static final Set<String> NUMBER_WORDS = Set.of("no.", "number", "numbered");
    private static final Set<String> NOT_THIS_ONE = Set.of("another", "other", "further", "previous", "earlier",
            "past", "last", "new", "rival", "separate", "alternative", "similar");
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
    /** Nouns standing for the actor of their possessor: "whose country co-drafted the text". */
    private static final Set<String> REPRESENTED_BY_POSSESSOR = Set.of("country", "government", "delegation",
            "nation");
    /** Verbs predicating a resolution's target of it: "it was aimed at X", "the text targets X". */
    private static final Set<String> PURPOSE_VERBS = Set.of("aim", "target", "focus");
    /** What a draft fails to do when it is voted down: "failed to pass / win / secure / garner enough votes". */
    private static final Set<String> WINNING_VOTES = Set.of("pass", "win", "get", "secure", "garner", "gain",
            "obtain", "receive", "muster", "attract", "draw", "clear");
    /** How many sentences back "it" may still stand for the resolution mentioned last. */
    private static final int PRONOUN_WINDOW = 2;

    private final Lexicon outcomes = Lexicon.named("resolution-status");
    private final SemgrexRules drafterRules = SemgrexRules.named("/extract/rules/resolution-drafters.semgrex");

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
        List<Resolution> resolutions = group(mentions);
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
                if (m.drafter.isPresent()) {
                    for (String actor : m.drafter.get().actors) {
                        context.addFact(actor, "drafted", r.key,
                                context.evidence(m.sentence.index(), 0.9, "resolution/" + m.drafter.get().rule));
                    }
                }
                context.markTokens(m.sentence.index(), m.token.index(), m.token.index() + 1, r.key);
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
                if (!named && !generic) {
                    continue;
                }
                Mention m = new Mention(s, t, drafter(context, s, t), number(s, t), isHeadline(context, s));
                boolean counts = named || aboutResolutions || m.drafter.isPresent();
                aboutResolutions |= named;
                // "another resolution", "the last six resolutions": some other text, unless it names its own
                // drafter or number ("a rival draft put forward by X")
                if (counts && (m.drafter.isPresent() || m.number.isPresent() || !refersElsewhere(s, t))) {
                    mentions.add(m);
                }
            }
        }
        return mentions;
    }

    /**
     * Which mentions are one text. Mentions by number, or whose drafters overlap ("a draft by Egypt, Spain and Japan"
     * and "the Spanish draft", "resolution 2401, drafted by Kuwait" and "the Kuwaiti draft"), are one resolution. When the article knows at most one such resolution, every other
     * mention is that one. When it knows several, it is read in order as a reader does: the first mention is the
     * article's topic even if it names no drafter, a later mention without drafter or number continues the one
     * spoken of last, a definite mention naming a drafter soon after an undrafted topic ("the text, which was put
     * forward by X") gives that topic its drafter, and an undrafted headline mention is the resolution the body speaks
     * of first. A definite co-drafted text ("whose country co-drafted the text") is the one in play.
     */
    private static List<Resolution> group(List<Mention> mentions) {
        List<Resolution> identified = new ArrayList<>();
        Map<Mention, Resolution> identity = new LinkedHashMap<>();
        Resolution lastIdentified = null;
        for (Mention m : mentions) {
            Resolution r = null;
            if (m.number.isPresent()) {
                r = identified.stream().filter(x -> m.number.get().equals(x.number)).findFirst().orElse(null);
                if (r == null) {
                    r = new Resolution();
                    r.number = m.number.get();
                    identified.add(r);
                }
            } else if (m.drafter.isPresent()) {
                for (Resolution x : identified) {
                    if (!Collections.disjoint(x.drafters, m.drafter.get().actors)) {
                        r = x;
                    }
                }
                // "whose country co-drafted the text": a co-drafter joins the drafters of the text in play
                if (r == null && lastIdentified != null && isDefinite(m) && coDrafted(m)) {
                    r = lastIdentified;
                }
                if (r == null) {
                    r = new Resolution();
                    identified.add(r);
                }
            }
            // "resolution 2401, drafted by Kuwait and Sweden": later mentions of either drafter are that resolution
            if (r != null && m.drafter.isPresent()) {
                r.drafters.addAll(m.drafter.get().actors);
            }
            if (r != null) {
                identity.put(m, r);
                lastIdentified = r;
            }
        }
        List<Resolution> resolutions = new ArrayList<>();
        if (identified.size() <= 1) {
            Resolution only = identified.isEmpty() ? new Resolution() : identified.get(0);
            only.mentions.addAll(mentions);
            if (!mentions.isEmpty()) {
                resolutions.add(only);
            }
            return resolutions;
        }
        Resolution current = null;
        Resolution undraftedTopic = null;
        int topicSentence = -1;
        // the headline names the resolution the lead reports, whichever way the lead then names it
        List<Mention> headline = new ArrayList<>();
        for (Mention m : mentions) {
            Resolution r = identity.get(m);
            if (r == null && m.inHeadline) {
                headline.add(m);
                continue;
            }
            Resolution holder;
            if (r != null) {
                if (undraftedTopic != null && isDefinite(m)
                        && m.sentence.index() - topicSentence <= TOPIC_DRAFTER_WINDOW) {
                    r.mentions.addAll(undraftedTopic.mentions);
                    resolutions.remove(undraftedTopic);
                }
                undraftedTopic = null;
                holder = r;
                // "Resolution 2231, which the council endorsed in 2015": a text known only by its number that comes
                // up while another is in play is recalled in passing; the mentions after it go on with the other
                boolean recalled = r.number != null && r.drafters.isEmpty() && current != null && current != r;
                if (!recalled) {
                    current = r;
                }
            } else if (current == null) {
                current = new Resolution();
                undraftedTopic = current;
                holder = current;
            } else {
                holder = current;
            }
            if (holder == undraftedTopic) {
                topicSentence = m.sentence.index();
            }
            holder.mentions.add(m);
            holder.mentions.addAll(headline);
            headline.clear();
            if (!resolutions.contains(holder)) {
                resolutions.add(holder);
            }
        }
        if (!headline.isEmpty()) {
            Resolution onlyInHeadline = new Resolution();
            onlyInHeadline.mentions.addAll(headline);
            resolutions.add(onlyInHeadline);
        }
        return resolutions;
    }

    /** The first line of an article standing alone above the body is its headline. */
    private static boolean isHeadline(ExtractionContext context, Sentence s) {
        List<Sentence> sentences = context.sentences();
        return s.index() == 0 && sentences.size() > 1
                && context.text().substring(s.end(), sentences.get(1).begin()).contains("\n");
    }

    /** The object of "co-drafted", "co-sponsored", "co-authored": a text that has other drafters as well. */
    private static boolean coDrafted(Mention m) {
        return m.sentence.governorOf(m.token.index()).filter(d -> d.relation().equals("obj"))
                .map(d -> m.sentence.token(d.governor()).lemma().toLowerCase(Locale.ROOT).startsWith("co-"))
                .orElse(false);
    }

    /** "the draft", "France's text": a mention that picks up a text already in play, not "a draft" or "another". */
    private static boolean isDefinite(Mention m) {
        return !refersElsewhere(m.sentence, m.token) && m.sentence.dependentsOf(m.token.index()).stream()
                .noneMatch(d -> d.relation().equals("det")
                        && m.sentence.token(d.dependent()).word().matches("(?i)an?"));
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

    private static boolean refersElsewhere(Sentence s, Token t) {
        return s.dependentsOf(t.index()).stream()
                .anyMatch(d -> NOT_THIS_ONE.contains(s.token(d.dependent()).word().toLowerCase(Locale.ROOT)));
    }

    /**
     * What happened to the resolution: "the Council adopted resolution N", "the draft was vetoed", "a draft ... failed
     * to win enough votes". Only reported outcomes count: no modal, no condition, no negation.
     */
    private void outcome(ExtractionContext context, Mention m, String resolution) {
        // enhanced++ gives a noun one governor per clause it takes part in: "vetoed a resolution that would have ..."
        for (Dependency governor : m.sentence.dependencies()) {
            if (governor.dependent() == m.token.index() && governor.governor() > 0) {
                outcome(context, m.sentence, governor, resolution);
            }
        }
        relativeClause(m).ifPresent(governor -> outcome(context, m.sentence, governor, resolution));
    }

    /**
     * "resolution 2397, which was approved 15-0", "the resolution numbered 2334, which the council adopted": a
     * relative clause on the mention whose link to it the parser left out, as the mention's own governor. The clause
     * is either passive and hung on the mention (the mention is its subject), or opened by a relative pronoun right
     * after the mention, its number and a comma, which stands for the mention in the clause.
     */
    private static Optional<Dependency> relativeClause(Mention m) {
        Sentence s = m.sentence;
        for (Dependency d : s.dependentsOf(m.token.index())) {
            boolean passive = s.dependentsOf(d.dependent()).stream().anyMatch(c -> c.relation().equals("aux:pass"));
            boolean ownSubject = s.dependentsOf(d.dependent()).stream()
                    .anyMatch(c -> c.relation().startsWith("nsubj") && c.dependent() != m.token.index()
                            && !RELATIVE_PRONOUNS.contains(s.token(c.dependent()).word().toLowerCase(Locale.ROOT)));
            if (d.relation().equals("acl:relcl") && passive && !ownSubject) {
                return Optional.of(new Dependency("nsubj:pass", d.dependent(), m.token.index()));
            }
        }
        int next = m.token.index() + 1;
        while (next <= s.tokens().size() && (NUMBER_WORDS.contains(s.token(next).word().toLowerCase(Locale.ROOT))
                || RESOLUTION_NUMBER.matcher(s.token(next).word()).matches() || s.token(next).word().equals(","))) {
            next++;
        }
        if (next > s.tokens().size() || !RELATIVE_PRONOUNS.contains(s.token(next).word().toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        int pronoun = next;
        return s.governorOf(pronoun)
                .filter(d -> d.relation().equals("obj") || d.relation().startsWith("nsubj"))
                .map(d -> new Dependency(d.relation(), d.governor(), m.token.index()));
    }

    private void outcome(ExtractionContext context, Sentence s, Dependency governor, String resolution) {
        String relation = governor.relation();
        if (!relation.equals("obj") && !relation.startsWith("nsubj")) {
            return;
        }
        Token verb = s.token(governor.governor());
        String status = outcomes.get(verb.lemma());
        // "the resolution passed", "the draft failed": intransitive outcomes; otherwise the resolution must be acted on
        boolean active = relation.equals("nsubj") && !verb.lemma().matches("(?i)fail|pass");
        boolean reported = (verb.pos().equals("VBD") || verb.pos().equals("VBN") || verb.pos().equals("VBZ")
                || decidedInAVote(s, verb))
                && !active && s.dependentsOf(verb.index()).stream().noneMatch(d ->
                (d.relation().startsWith("aux") && s.token(d.dependent()).pos().equals("MD"))
                        || (d.relation().equals("mark") && s.token(d.dependent()).word().equalsIgnoreCase("if")))
                && !ExtractionContext.isNegated(s, verb.index());
        if (status != null && reported && !failedAtSomethingElse(s, verb)) {
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

    /** "the text failed to condemn X" is a fault found in it, unlike "failed to pass" or "failed to win nine votes". */
    private static boolean failedAtSomethingElse(Sentence s, Token verb) {
        return verb.lemma().equalsIgnoreCase("fail") && s.dependentsOf(verb.index()).stream()
                .filter(d -> d.relation().equals("xcomp"))
                .anyMatch(d -> !WINNING_VOTES.contains(s.token(d.dependent()).lemma().toLowerCase(Locale.ROOT)));
    }

    /**
     * "The council voted 13-0 to adopt the resolution", "Russia cast a veto to block it", "used its veto to block it":
     * the infinitive is what the vote or veto that happened did.
     */
    private static boolean decidedInAVote(Sentence s, Token verb) {
        return verb.pos().equals("VB") && s.governorOf(verb.index())
                .filter(d -> d.relation().equals("xcomp") || d.relation().startsWith("advcl"))
                .map(d -> s.token(d.governor()))
                .filter(g -> g.pos().equals("VBD") && !ExtractionContext.isNegated(s, g.index()))
                .map(g -> g.lemma().equalsIgnoreCase("vote") || s.dependentsOf(g.index()).stream()
                        .anyMatch(o -> o.relation().equals("obj") && s.token(o.dependent()).lemma().equalsIgnoreCase("veto")))
                .orElse(false);
    }

    private static String capitalised(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    private void describe(ExtractionContext context, Mention m, String resolution) {
        Sentence s = m.sentence;
        for (int t : ExtractionContext.subtree(s, m.token.index())) {
            Optional<String> entity = context.entityAt(s.index(), t);
            if (entity.isPresent() && context.kindOf(entity.get()) == EntityKind.ORGANIZATION
                    && t < m.token.index() && context.labelOf(entity.get()).toLowerCase(Locale.ROOT).contains("council")) {
                context.addFact(resolution, "consideredBy", entity.get(), context.evidence(s.index(), 0.8, "resolution/body"));
                context.setAttribute(resolution, "body", context.labelOf(entity.get()));
            }
        }
        concerns(context, s, m.token.index(), contentOf(s, m.token.index()), resolution);
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
                if (!NOT_CONTENT.matcher(d.relation()).matches() && !misparsedVerb && !denied
                        && !seen.contains(d.dependent())) {
                    todo.push(d.dependent());
                }
            }
        }
        return seen;
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

    private record Drafter(List<String> actors, String rule) {}

    private record Mention(Sentence sentence, Token token, Optional<Drafter> drafter, Optional<String> number,
                           boolean inHeadline) {}

    /** The mentions that are one text, and the drafters or number that identify it, if any. */
    private static final class Resolution {
        final Set<String> drafters = new TreeSet<>();
        final List<Mention> mentions = new ArrayList<>();
        String number;
        String key;
    }

    /**
     * The drafter named by a single hyphenated token ("French-drafted"), else every actor named by the rules of
     * {@code resolution-drafters.semgrex} that match this mention; the rule named is the first that matched.
     */
    private Optional<Drafter> drafter(ExtractionContext context, Sentence s, Token head) {
        for (Dependency d : s.dependentsOf(head.index())) {
            Matcher hyphenated = HYPHENATED_DRAFTER.matcher(s.token(d.dependent()).word());
            if (hyphenated.matches()) {
                Optional<String> actor = actorNamed(context, hyphenated.group(1));
                if (actor.isPresent()) {
                    return Optional.of(new Drafter(List.of(actor.get()), "hyphenated-drafter"));
                }
            }
        }
        String rule = null;
        List<String> actors = new ArrayList<>();
        for (SemgrexRules.Match match : drafterRules.matches(s)) {
            if (match.node("resolution") != head.index()) {
                continue;
            }
            Optional<String> actor = drafterActor(context, s, match.node("drafter"));
            if (actor.isPresent()) {
                rule = rule == null ? match.rule() : rule;
                if (!actors.contains(actor.get())) {
                    actors.add(actor.get());
                }
            }
        }
        return rule == null ? Optional.empty() : Optional.of(new Drafter(List.copyOf(actors), rule));
    }

    /**
     * A country, organisation or nationality word; a person stands for the actor the person represents, and so does
     * "whose country" / "her government" for the person it belongs to. A word that alone names a country wins over
     * an organisation the recogniser fused it into ("U.S.-drafted United Nations Security Council").
     */
    private static Optional<String> drafterActor(ExtractionContext context, Sentence s, int token) {
        if (REPRESENTED_BY_POSSESSOR.contains(s.token(token).lemma().toLowerCase(Locale.ROOT))) {
            return s.dependentsOf(token).stream().filter(d -> d.relation().equals("nmod:poss"))
                    .map(d -> drafterActor(context, s, d.dependent())).flatMap(Optional::stream).findFirst();
        }
        Optional<String> actor = QuoteExtractor.actorIn(context, s, token);
        if (actor.isEmpty() || context.kindOf(actor.get()) == EntityKind.ORGANIZATION) {
            Optional<String> country = countryNamed(context, s.token(token).word());
            if (country.isPresent()) {
                return country;
            }
        }
        if (actor.isPresent() && context.kindOf(actor.get()) == EntityKind.PERSON) {
            String person = actor.get();
            actor = context.factsWith("represents").stream().filter(f -> f.subject().equals(person))
                    .map(f -> ((FactValue.EntityRef) f.object()).key()).findFirst();
        }
        return actor.or(() -> context.countryByDemonym(s.token(token).word()));
    }

    /** The country a single word names, by its name, an alias or its demonym. */
    private static Optional<String> countryNamed(ExtractionContext context, String word) {
        return context.countryByDemonym(word).or(() -> context.gazetteer().lookup(word)
                .filter(e -> e.kind() == org.newsgraph.resolve.Gazetteer.Kind.COUNTRY)
                .map(e -> context.entity(EntityKind.COUNTRY, e.canonical(), word, e.wikidata())));
    }

    private static Optional<String> actorNamed(ExtractionContext context, String word) {
        Optional<String> byDemonym = context.countryByDemonym(word);
        if (byDemonym.isPresent()) {
            return byDemonym;
        }
        return context.gazetteer().lookup(word)
                .map(e -> context.entity(e.kind() == org.newsgraph.resolve.Gazetteer.Kind.COUNTRY
                        ? EntityKind.COUNTRY : EntityKind.ORGANIZATION, e.canonical(), word, e.wikidata()));
    }
}
