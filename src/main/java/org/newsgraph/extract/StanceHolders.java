package org.newsgraph.extract;

import org.newsgraph.nlp.Dependency;
import org.newsgraph.nlp.SemgrexRules;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Who holds a stance a rule found: the subject in any voice, up the chain of clauses when the cue's own clause has
 * none, the conjuncts of a coordination, the members a noun includes, the actors a participle hangs off ("with China
 * abstaining"), "as did X", "joined X in voting"; a person stands for the actor the person represents.
 */
final class StanceHolders {

    private static final Set<String> INCLUDING = Set.of("nmod:including", "obl:including", "nmod:such_as",
            "obl:such_as");
    private static final Set<String> ADDING_PREPOSITIONS = Set.of("obl:besides", "obl:in_addition_to",
            "obl:along_with", "obl:alongside", "obl:together_with");
    private static final Set<String> SETTING_APART = Set.of("obl:apart_from", "obl:aside_from");
    private static final Set<String> ADDING_WORDS = Set.of("other", "only", "also");
    /** Verbs that stand in for the one before them: "as did X", "as had X". */
    private static final Set<String> STAND_IN_VERBS = Set.of("do", "have", "be");
    private static final int MAX_CLIMB = 4;
    /** Verbs of a vote or a side, whose clause names its own voters. */
    private static final String SIDE_VERBS = "vote|abstain|back|support|oppose|reject";
    private static final String ENVOY_NOUNS = "ambassador|envoy|diplomat|delegate|representative|delegation";
    /** "WASHINGTON/UNITED NATIONS (Reuters) -": a place or two and the agency in brackets. */
    private static final int DATELINE_MAX_TOKENS = 12;
    private static final SemgrexRules FRAMES = SemgrexRules.named("/extract/rules/stance-frames.semgrex");

    private StanceHolders() {
    }

    /**
     * Actors holding the stance: subjects up the clause chain; persons stand for whom they represent. A clause with a
     * subject of its own that names no actor ("while 12 members supported it", "the countries that voted for it")
     * holds the stance itself, so the chain stops there instead of borrowing the subject of the clause above.
     */
    static List<String> holders(ExtractionContext context, Sentence s, Token cue, String target) {
        List<String> holders = new ArrayList<>(subjectHolders(context, s, cue, target));
        if (holders.isEmpty() && cue.pos().equals("VBG")) {
            holders.addAll(namedBeforeParticiple(context, s, cue));
        }
        if (cue.lemma().toLowerCase(Locale.ROOT).matches("abstain|vote")) {
            // "...; Chile, Kenya abstain", "as Chile and Kenya abstain": a headline the parser cannot read, or reads
            // with one name of the list as the subject and the others loose
            List<String> listed = namedRightBefore(context, s, cue);
            if (listed.containsAll(holders)) {
                listed.stream().filter(a -> !holders.contains(a) && !a.equals(target)).forEach(holders::add);
            }
        }
        if (!holders.isEmpty()) {
            companions(context, s, cue).stream().filter(a -> !holders.contains(a) && !a.equals(target))
                    .forEach(holders::add);
        }
        // "with six countries joining Russia in voting against it": whoever is joined in an act does it too
        joined(context, s, cue).stream().filter(a -> !holders.contains(a) && !a.equals(target)).forEach(holders::add);
        return ListedVoters.widen(context, s, holders).stream().filter(a -> !a.equals(target)).toList();
    }

    /**
     * "Besides X, only Y voted in favour", "Apart from X, four other countries voted against", "Along with X, Y
     * abstained": the one set beside the subject did the same. "Apart from" excludes as often as it adds ("apart from
     * X, all members voted for it"), so it adds only beside "other", "only" or "also".
     */
    static List<String> companions(ExtractionContext context, Sentence s, Token cue) {
        List<String> actors = new ArrayList<>();
        // "A, along with B, C and D, voted against": a long list may leave the verb a loose dep of one of its names
        List<Dependency> beside = new ArrayList<>(s.dependentsOf(cue.index()));
        s.governorOf(cue.index()).filter(d -> d.relation().equals("dep"))
                .ifPresent(d -> beside.addAll(s.dependentsOf(d.governor())));
        for (Dependency d : beside) {
            String relation = d.relation();
            boolean adding = ADDING_PREPOSITIONS.contains(relation);
            boolean besideOthers = SETTING_APART.contains(relation) && ExtractionContext.subtree(s, cue.index()).stream()
                    .map(t -> s.token(t).lemma().toLowerCase(Locale.ROOT)).anyMatch(ADDING_WORDS::contains);
            if (adding || besideOthers) {
                actors.addAll(nounActors(context, s, s.token(d.dependent())));
            }
        }
        return actors;
    }

    /**
     * "with A and B voting no" when the parser hangs the participle on a count ("13-2, with A and B voting"): the
     * names right before the participle, back to "with", are the voters.
     */
    private static List<String> namedBeforeParticiple(ExtractionContext context, Sentence s, Token participle) {
        List<String> actors = new ArrayList<>();
        for (int t = participle.index() - 1; t >= 1; t--) {
            String word = s.token(t).word().toLowerCase(Locale.ROOT);
            Optional<String> actor = context.actorAt(s.index(), t);
            if (word.equals("with")) {
                return actors;
            }
            if (actor.isPresent()) {
                actor.filter(a -> !actors.contains(a)).ifPresent(a -> actors.add(0, a));
            } else if (!word.equals(",") && !word.equals("and") && !word.equals("the")) {
                return List.of();
            }
        }
        return List.of();
    }

    /** The list of names that ends right before the verb ("A, B and C abstain"), none when other words come between. */
    private static List<String> namedRightBefore(ExtractionContext context, Sentence s, Token verb) {
        List<String> actors = new ArrayList<>();
        int nearestComma = -1;
        for (int t = verb.index() - 1; t >= 1; t--) {
            String word = s.token(t).word().toLowerCase(Locale.ROOT);
            Optional<String> actor = context.actorAt(s.index(), t);
            if (actor.isPresent()) {
                actor.filter(a -> !actors.contains(a)).ifPresent(a -> actors.add(0, a));
            } else if (actors.isEmpty() || !(word.equals(",") || word.equals("and"))) {
                return actors;
            } else if (word.equals(",") && nearestComma < 0) {
                nearestComma = actors.size();
            } else if (word.equals("and") && nearestComma >= 0 && !addedBefore(context, s, t)) {
                // "Unlike A, B and C, D voted": a list closed by its "and" before the comma is another list, unless
                // a preposition adds it ("Along with A, B and C, D voted")
                return actors.subList(actors.size() - nearestComma, actors.size());
            }
        }
        return actors;
    }

    private static List<String> subjectHolders(ExtractionContext context, Sentence s, Token cue, String target) {
        // "with China and Kenya abstaining", "with Russia the only country to vote against", "A and B, which both
        // abstained": the participle, infinitive or quantified relative hangs off the actors themselves
        Optional<Dependency> attached = s.governorOf(cue.index()).filter(d -> d.relation().equals("acl")
                || d.relation().equals("acl:to") || Clauses.quantifiedRelative(s, cue));
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
            for (Dependency d : climb == 0 ? StanceSubjects.nearerConjunct(s, cue) : s.dependentsOf(current.index())) {
                if (!d.relation().startsWith("nsubj") && !d.relation().equals("obl:agent")
                        && !d.relation().equals("obl:by")) {
                    continue;
                }
                Token subject = s.token(d.dependent());
                ownSubject |= !d.relation().startsWith("nsubj"); // "backed by 13 members": not the conjunct's agents
                int dateline = datelineEnd(s);
                if (subject.index() < dateline || VetoNouns.isVetoNoun(subject)) {
                    // "UNITED NATIONS (Reuters) - Russia and China vetoed", "Russia vetoes text, China abstains": the
                    // parser makes the dateline or the first clause of a headline the subject and hangs the real one
                    // on it in apposition (or, after a bullet, as a bare dependent)
                    s.dependentsOf(subject.index()).stream()
                            .filter(a -> a.relation().equals("appos") || a.relation().equals("dep") && a.dependent() > dateline)
                            .forEach(a -> Actors.holder(context, s, s.token(a.dependent())).ifPresent(found::add));
                    continue;
                }
                if (TextAnaphora.isTheText(context, s, subject)) {
                    // "the draft was unacceptable": whoever says so holds the stance, further up
                    continue;
                }
                Optional<String> holder = Actors.holder(context, s, subject);
                if (holder.isPresent()) {
                    holder.filter(h -> !h.equals(target)).ifPresent(found::add);
                } else if (d.relation().startsWith("nsubj") && (subject.pos().startsWith("NN")
                        || subject.pos().equals("CD") || isDemonstrativeSubject(s, subject))
                        && !hasPronounPossessor(s, subject)) {
                    List<String> members = nounActors(context, s, subject);
                    found.addAll(members.isEmpty() ? includedInClause(context, s, current) : members);
                    ownSubject = true;
                } else if (!d.relation().startsWith("nsubj") && subject.pos().equals("NNS")) {
                    // "a motion backed by countries including A and B": the members the agents include
                    found.addAll(nounActors(context, s, subject));
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
    static List<String> nounActors(ExtractionContext context, Sentence s, Token noun) {
        List<String> actors = new ArrayList<>();
        Actors.holder(context, s, noun).ifPresent(actors::add);
        for (Dependency c : s.dependentsOf(noun.index())) {
            if (c.relation().startsWith("conj") && !Clauses.headsMisparsedClause(s, c.dependent())) {
                Actors.holder(context, s, s.token(c.dependent())).ifPresent(actors::add);
            }
        }
        if (!actors.isEmpty()) {
            return actors;
        }
        boolean envoys = noun.lemma().toLowerCase(Locale.ROOT).matches(ENVOY_NOUNS);
        for (Dependency c : s.dependentsOf(noun.index())) {
            // "three other countries - A, B and C - voted against": the members counted, named in apposition;
            // "ambassadors from A, B and C denounced it": envoys stand for the states they come from
            if (c.relation().equals("appos") && !noun.pos().startsWith("NNP")
                    || envoys && c.relation().matches("nmod:(from|of)")) {
                Actors.holder(context, s, s.token(c.dependent())).ifPresent(actors::add);
            }
        }
        // "the countries that voted for it included A, B and C": what the noun includes is what it stands for
        s.dependencies().stream().filter(d -> d.dependent() == noun.index() && d.relation().startsWith("nsubj"))
                .map(d -> s.token(d.governor()))
                .filter(verb -> verb.lemma().equalsIgnoreCase("include"))
                .forEach(verb -> s.dependentsOf(verb.index()).stream().filter(d -> d.relation().equals("obj"))
                        .forEach(d -> {
                            Actors.holder(context, s, s.token(d.dependent())).ifPresent(actors::add);
                            s.dependentsOf(d.dependent()).stream().filter(c -> c.relation().startsWith("conj"))
                                    .forEach(c -> Actors.holder(context, s, s.token(c.dependent())).ifPresent(actors::add));
                        }));
        if (!actors.isEmpty()) {
            return actors.stream().distinct().toList();
        }
        for (Dependency c : s.dependentsOf(noun.index())) {
            if (c.relation().startsWith("nsubj")) {
                Actors.holder(context, s, s.token(c.dependent())).ifPresent(actors::add);
            }
        }
        s.governorOf(noun.index()).filter(d -> d.relation().equals("appos") || d.relation().equals("dep"))
                .flatMap(d -> Actors.holder(context, s, s.token(d.governor())))
                .ifPresent(actors::add);
        for (int t : ExtractionContext.subtree(s, noun.index())) {
            s.dependentsOf(t).stream()
                    .filter(d -> d.relation().equals("nmod:including") || d.relation().equals("nmod:such_as"))
                    .forEach(d -> Actors.holder(context, s, s.token(d.dependent())).ifPresent(actors::add));
        }
        // "the countries that voted against were A, B and C": the subject of a copula stands for what it is said to be
        // a relative clause makes the noun the subject of two words: its own verb and the predicate of the copula
        s.dependencies().stream().filter(d -> d.dependent() == noun.index() && d.relation().startsWith("nsubj"))
                .map(d -> s.token(d.governor()))
                .filter(p -> s.dependentsOf(p.index()).stream().anyMatch(d -> d.relation().equals("cop")))
                .filter(p -> actors.isEmpty() && p.index() != noun.index())
                .findFirst()
                .ifPresent(p -> {
                    Actors.holder(context, s, p).ifPresent(actors::add);
                    s.dependentsOf(p.index()).stream().filter(c -> c.relation().startsWith("conj"))
                            .forEach(c -> Actors.holder(context, s, s.token(c.dependent())).ifPresent(actors::add));
                });
        return actors;
    }

    /**
     * "Egypt abstained, as did Algeria and Peru": the actors after "as" and a stand-in verb in the cue's phrase do the
     * same.
     */
    static List<String> sharedBy(ExtractionContext context, Sentence s, Token cue) {
        List<String> actors = new ArrayList<>();
        for (int as : ExtractionContext.subtree(s, cue.index())) {
            // "as did X", "and so did X"
            if (as <= cue.index() || as + 1 > s.tokens().size() || !s.token(as).word().matches("(?i)as|so")
                    || !STAND_IN_VERBS.contains(s.token(as + 1).lemma().toLowerCase(Locale.ROOT))) {
                continue;
            }
            for (int t = as + 2; t <= s.tokens().size() && !s.token(t).pos().matches("[.,:]"); t++) {
                context.actorAt(s.index(), t).filter(a -> !actors.contains(a)).ifPresent(actors::add);
            }
        }
        return ListedVoters.widen(context, s, actors);
    }

    /**
     * A wire dateline ("UNITED NATIONS (Reuters) -"), capitals up to the first dash, or a web page's ("United Nations
     * \u2022"), capitalised words up to a bullet, which running text never sets around an aside as it does a dash:
     * the dash or bullet that ends it ("(Reuters)" before it is no voter), else 0.
     */
    private static int datelineEnd(Sentence s) {
        boolean capitals = s.token(1).word().matches("\\p{Lu}{2,}");
        for (int t = 1; t <= Math.min(s.tokens().size(), DATELINE_MAX_TOKENS); t++) {
            String word = s.token(t).word();
            if (capitals && word.matches("-+|\u2014|\u2013") || word.matches("[\u2022\u00b7]") && s.tokens()
                    .subList(0, t - 1).stream().allMatch(w -> w.word().matches("\\p{Lu}.*|[(),.]|of|the"))) {
                return t;
            }
        }
        return 0;
    }

    /**
     * "Seven members voted in favour, including A and B": the parser often hangs the members included on the clause's
     * last noun rather than on the subject; those hung on another verb ("36 abstaining, including C") are its.
     */
    static List<String> includedInClause(ExtractionContext context, Sentence s, Token verb) {
        List<String> actors = new ArrayList<>();
        Set<Integer> clause = new HashSet<>(ExtractionContext.subtree(s, verb.index()));
        // "Seventy voted for it, 15 including A voted against": a vote with a subject of its own keeps its members
        for (int inner : List.copyOf(clause)) {
            Set<Integer> own = ExtractionContext.subtree(s, inner);
            if (inner != verb.index() && s.token(inner).pos().startsWith("VB") && !own.contains(verb.index())
                    && s.token(inner).lemma().toLowerCase(Locale.ROOT).matches(SIDE_VERBS)
                    && !StanceSubjects.of(s, inner).isEmpty() && !StanceSubjects.of(s, verb.index()).containsAll(StanceSubjects.of(s, inner))) {
                clause.removeAll(own);
            }
        }
        for (int t : clause.stream().filter(t -> t == verb.index() || !s.token(t).pos().startsWith("VB")).toList()) {
            s.dependentsOf(t).stream()
                    .filter(d -> INCLUDING.contains(d.relation()))
                    .forEach(d -> Actors.holder(context, s, s.token(d.dependent())).ifPresent(actors::add));
        }
        if (actors.isEmpty()) {
            actors.addAll(ListedVoters.predicatedOf(context, s, verb, clause));
        }
        return actors;
    }

    /** "its forces": the possessor is a pronoun for someone named further up the sentence. */
    static boolean hasPronounPossessor(Sentence s, Token noun) {
        return s.dependentsOf(noun.index()).stream()
                .anyMatch(d -> d.relation().equals("nmod:poss") && s.token(d.dependent()).pos().startsWith("PRP"));
    }

    /**
     * "The six countries to vote against it were A, B and C": the parser makes the infinitive the root, with the noun
     * as its subject and the names after the copula loose; the infinitive still qualifies the noun.
     */
    static boolean countedSubjectOfBrokenCopula(Sentence s, Token infinitive) {
        boolean root = s.governorOf(infinitive.index()).isEmpty();
        boolean countedSubject = s.dependentsOf(infinitive.index()).stream()
                .filter(d -> d.relation().startsWith("nsubj") && d.dependent() < infinitive.index())
                .map(d -> s.token(d.dependent()))
                .anyMatch(n -> n.pos().matches("NNS?") && s.dependentsOf(n.index()).stream()
                        .anyMatch(d -> d.relation().equals("det") || d.relation().equals("nummod")));
        boolean loosePredicate = s.dependentsOf(infinitive.index()).stream()
                .anyMatch(d -> d.dependent() > infinitive.index() && s.dependentsOf(d.dependent()).stream()
                        .anyMatch(c -> c.relation().equals("cop")));
        return root && countedSubject && loosePredicate;
    }

    /** The actors joined in the act of the cue: "joining Russia in voting against it". */
    private static List<String> joined(ExtractionContext context, Sentence s, Token cue) {
        return framing(s, cue, "joining").stream()
                .flatMap(frame -> s.dependentsOf(frame.index()).stream().filter(d -> d.relation().equals("obj")))
                .flatMap(d -> nounActors(context, s, s.token(d.dependent())).stream()).distinct().toList();
    }

    /** "Russia joined China in voting against it": whoever is joined in an act does it too. */
    static boolean joinedIn(Sentence s, Token verb, Token act) {
        return framing(s, act, "joining").filter(frame -> frame.index() == verb.index()).isPresent();
    }

    /**
     * The word framing a stance cue by a rule of {@code stance-frames.semgrex} ("urged the council to back it",
     * "refused to back it", "joined X in voting", "regretted that it was rejected"); the cue itself for a rule that
     * names no frame.
     */
    static Optional<Token> framing(Sentence s, Token cue, String rule) {
        return FRAMES.matches(s, rule).stream().filter(m -> m.node("cue") == cue.index())
                .map(m -> s.token(m.has("frame") ? m.node("frame") : m.node("cue"))).findFirst();
    }

    /** "Those that abstained included ...", "The following voted against: ...": a pronoun for the voters listed. */
    private static boolean isDemonstrativeSubject(Sentence s, Token subject) {
        return subject.word().matches("(?i)those|these") || subject.pos().equals("DT") && s.dependentsOf(subject.index())
                .stream().anyMatch(d -> s.token(d.dependent()).word().equalsIgnoreCase("following"));
    }

    /** Whether the list holding token {@code t} follows a preposition that adds its members ("along with A, B"). */
    private static boolean addedBefore(ExtractionContext context, Sentence s, int t) {
        int first = t;
        while (first > 1 && (context.actorAt(s.index(), first - 1).isPresent()
                || s.token(first - 1).word().matches("(?i),|and|the"))) {
            first--;
        }
        String before = (first > 2 ? s.token(first - 2).word() + " " : "") + (first > 1 ? s.token(first - 1).word() : "");
        return before.toLowerCase(Locale.ROOT).matches(".*\\b(along with|together with|alongside|like|as with|in addition to|besides)");
    }
}
