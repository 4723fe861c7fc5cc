package org.newsgraph.extract;

import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Who speaks for whom: a person described by an office names the actor it serves, in front of the name ("Russia's
 * Foreign Minister Pavel Orlov", "German Chancellor Ute Brandt", "UN Yemen envoy X") or in an apposition
 * ("X, the U.S. ambassador to the United Nations", "X, head of the ICRC in Yemen", "X, head of the UN's human rights
 * office"). Among the actors in that description the owner wins ("Russia's"), then the leftmost modifier
 * ("US Secretary of State"), then the object of "of" ("head of the ICRC"), then of "to" ("adviser to the UN").
 */
public final class RoleExtractor implements Extractor {

    private final Lexicon titles = Lexicon.named("titles");
    private final Lexicon organizationHeads = Lexicon.named("organization-heads");
    private final RoleDescriptions descriptions = new RoleDescriptions(titles);

    @Override
    public String name() {
        return "role";
    }

    @Override
    public Set<String> requiredAnnotators() {
        return Set.of("ner", "depparse");
    }

    @Override
    public void extract(ExtractionContext context) {
        Map<String, String> countryByTitle = new HashMap<>();
        for (Sentence s : context.sentences()) {
            rememberTitledCountries(context, s, countryByTitle);
            for (int[] run : personRuns(context, s)) {
                String person = context.entityAt(s.index(), run[0]).orElseThrow();
                List<Token> left = descriptions.leftDescription(s, run[0]);
                Optional<String> countryAfter = OfficeClauses.countryAfterName(context, s, left, run[1], descriptions);
                countryAfter.ifPresent(country -> context.addFact(person, "represents", country,
                        context.evidence(s.index(), 0.85, "role/country-after-name")));
                // "Her Kenyan counterpart, Ambassador X": a bare title takes its owner from the office before the comma
                List<Token> officeBefore = !left.isEmpty() && left.stream().allMatch(this::isTitleWord)
                        ? descriptions.commaDescription(s, left.get(0).index()) : List.of();
                if (!officeBefore.isEmpty()) {
                    describe(context, s, person, officeBefore, "role/title-after-described-office", countryByTitle);
                } else if (countryAfter.isEmpty()) {
                    describe(context, s, person, left, "role/title-before-name", countryByTitle);
                }
                GovernedPlaces.placeAfterName(context, s, left, run[1], person).ifPresent(place -> context.addFact(person,
                        "represents", place, context.evidence(s.index(), 0.85, "role/governed-place-after-name")));
                OfficeClauses.speakingFor(context, s, run[0]).ifPresent(actor -> context.addFact(person, "represents", actor,
                        context.evidence(s.index(), 0.8, "role/speaking-for")));
                describe(context, s, person, descriptions.commaDescription(s, run[0]), "role/title-comma-name", countryByTitle);
                describe(context, s, person, descriptions.apposition(s, run[1]), "role/apposition", countryByTitle);
                describe(context, s, person, RoleSentences.copulaDescription(s, run[0], run[1]), "role/copula",
                        countryByTitle);
                RoleSentences.nextLineDescription(context, s, run[1]).ifPresent(line -> describe(context, line, person,
                        RoleSentences.lineTokens(line), "role/apposition-next-line", countryByTitle));
                describe(context, s, person, OfficeClauses.relativeClauseOffice(s, run[1], descriptions),
                        "role/office-in-relative-clause", countryByTitle);
                RoleDescriptions.memberOf(context, s, run[1]).ifPresent(org -> context.addFact(person, "represents", org,
                        context.evidence(s.index(), 0.8, "role/member-of")));
                RoleDescriptions.headedOrganization(context, s, run[1]).ifPresent(org -> context.addFact(person, "represents", org,
                        context.evidence(s.index(), 0.85, "role/who-heads")));
                descriptions.bracketedCountry(context, s, run[0], run[1]).ifPresent(country -> context.addFact(person,
                        "represents", country, context.evidence(s.index(), 0.85, "role/country-in-brackets")));
                SpeakingCountries.governedUnder(context, s, run[0]).ifPresent(country -> context.addFact(person,
                        "represents", country, context.evidence(s.index(), 0.8, "role/country-under-leader")));
                if (firstMention(context, s, person) && !representsAnything(context, person)) {
                    RoleOwners.unnamedOfficeBefore(context, s, descriptions).ifPresent(owner -> context.addFact(person,
                            "represents", owner, context.evidence(s.index(), 0.7, "role/office-in-sentence-before")));
                }
                // an office left without its country may be another's than the one that spoke before: only a bare name
                if (left.stream().noneMatch(this::isTitleWord) && firstMention(context, s, person)
                        && !representsAnything(context, person)) {
                    SpeakingCountries.spokeBefore(context, s, person, descriptions).ifPresent(country -> context.addFact(
                            person, "represents", country, context.evidence(s.index(), 0.7, "role/speaker-after-country")));
                }
            }
        }
    }

    /**
     * "Moldova's deputy prime minister said ..." then "Deputy Prime Minister X": an office named once with its country
     * keeps that country through the article, unless two countries share the office.
     */
    private void rememberTitledCountries(ExtractionContext context, Sentence s, Map<String, String> countryByTitle) {
        for (int t = 1; t < s.tokens().size(); t++) {
            Token token = s.token(t);
            Optional<String> country = context.actorAt(s.index(), t).filter(k -> context.kindOf(k) == EntityKind.COUNTRY)
                    .or(() -> token.ner().equals("NATIONALITY") ? context.countryByDemonym(token.word()) : Optional.empty());
            if (country.isEmpty()) {
                continue;
            }
            int first = t + 1 <= s.tokens().size() && isPossessive(s.token(t + 1)) ? t + 2 : t + 1;
            int end = first;
            while (end <= s.tokens().size() && isTitleWord(s.token(end))) {
                end++;
            }
            // only an office left unnamed is carried: a named one has its own description
            boolean named = end <= s.tokens().size()
                    && context.entityAt(s.index(), end).filter(k -> context.kindOf(k) == EntityKind.PERSON).isPresent();
            if (end > first && !named) {
                String title = titleKey(s, first, end);
                String known = countryByTitle.putIfAbsent(title, country.get());
                if (known != null && !known.equals(country.get())) {
                    countryByTitle.put(title, AMBIGUOUS);
                }
            }
        }
    }

    private static final String AMBIGUOUS = "";

    private boolean isTitleWord(Token t) {
        return descriptions.isTitleWord(t);
    }

    private static String titleKey(Sentence s, int from, int toExclusive) {
        return s.span(from, toExclusive).strip().toLowerCase(Locale.ROOT);
    }

    private void describe(ExtractionContext context, Sentence s, String person, List<Token> description, String rule,
                          Map<String, String> countryByTitle) {
        if (description.isEmpty()) {
            return;
        }
        boolean hasTitle = description.stream().anyMatch(this::isTitleWord);
        boolean possessiveOnly = !hasTitle && possessorOnly(context, s, description);
        if (!hasTitle && !possessiveOnly) {
            return;
        }
        Optional<String> represented = LocalOffices.servedIn(context, s, description, descriptions, person)
                .or(() -> representedActor(context, s, description, person));
        if (represented.isEmpty() && hasTitle) {
            represented = RoleOwners.antecedentOwner(context, s, description, organizationHeads)
                    .or(() -> RoleOwners.frontedCapital(context, s, description.get(0).index()))
                    .or(() -> GovernedPlaces.frontedPlace(context, s, description, person))
                    .or(() -> carriedTitle(s, description, countryByTitle))
                    .or(() -> ReportCountry.isStateOffice(description)
                            ? ReportCountry.onlyCountrySoFar(context, s) : Optional.empty());
        }
        represented.ifPresent(actor -> {
            if (actor.equals(person)) {
                return;
            }
            Evidence evidence = context.evidence(s.index(), hasTitle ? 0.9 : 0.75, rule);
            context.addFact(person, "represents", actor, evidence);
            if (hasTitle) {
                context.addFact(person, "role", FactValue.Literal.string(roleText(s, description)), evidence);
            }
        });
    }

    private Optional<String> representedActor(ExtractionContext context, Sentence s, List<Token> description,
                                              String person) {
        List<Candidate> candidates = new ArrayList<>();
        int titleAt = headTitle(description);
        boolean governs = GovernedPlaces.governs(description);
        String previousWord = "";
        Map<Integer, LocalBodies.Body> bodyByFirst = new HashMap<>();
        for (int i = 0; i < description.size(); i++) {
            LocalBodies.bodyEndingAt(context, s, description, i).ifPresent(b -> bodyByFirst.put(b.first(), b));
        }
        for (int i = 0; i < description.size(); i++) {
            Token t = description.get(i);
            LocalBodies.Body body = bodyByFirst.get(i);
            if (body != null) {
                // "police spokesman X", "head of the coastguard": the body, not the place it serves
                int rank = description.get(body.last()).index() < titleAt ? 1
                        : previousWord.equals("of") || previousWord.equals("for") ? 2 : 4;
                candidates.add(new Candidate(BODY + body.label(), rank, t.index(), previousWord));
                i = body.last();
                previousWord = description.get(i).word().toLowerCase(Locale.ROOT);
                continue;
            }
            // ... but an office the tagger typed as an organisation ("Russian Permanent Representative to ...") is no name
            Optional<String> officeAsName = titleAt == Integer.MAX_VALUE ? Optional.empty() : context.entityAt(s.index(), titleAt);
            Optional<String> actor = context.actorAt(s.index(), t.index())
                    .filter(k -> context.kindOf(k) != EntityKind.PERSON && !officeAsName.equals(Optional.of(k)));
            Optional<String> county = t.index() < titleAt
                    ? GovernedPlaces.localGovernmentAt(context, s, t.index(), person) : Optional.empty();
            if (county.isPresent()) {
                // "A County Management Director" tagged as one organisation: the county, not that name, is served
                actor.filter(k -> context.kindOf(k) == EntityKind.ORGANIZATION).ifPresent(org ->
                        candidates.removeIf(c -> c.actor.equals(org)));
                actor = county;
            }
            boolean namesOrganization = i + 1 < description.size() && context.actorAt(s.index(), description.get(i + 1).index())
                    .filter(k -> context.kindOf(k) == EntityKind.ORGANIZATION && !intergovernmental(context, k)
                            && !officeAsName.equals(Optional.of(k))).isPresent();
            // "Estonian Red Cross Chairman X": the adjective belongs to the organisation's name, not to the office;
            // "the Palestinian U.N. ambassador" is still Palestine's: no country has its own United Nations
            boolean insideOffice = officeAsName.isPresent() && officeAsName.equals(context.entityAt(s.index(), t.index()));
            if (actor.isEmpty() && !namesOrganization
                    && (t.ner().equals("NATIONALITY") || t.pos().startsWith("JJ") || insideOffice)) {
                actor = context.countryByDemonym(t.word());
            }
            // "Cape Verdean", "North Korean", "Bissau-Guinean": a demonym of two or three tokens
            for (int length = 3; actor.isEmpty() && length >= 2; length--) {
                if (i + length <= description.size() && (t.properNoun() || t.pos().startsWith("JJ"))) {
                    actor = context.countryByDemonym(s.span(t.index(), description.get(i + length - 1).index() + 1).strip());
                }
            }
            if (actor.isEmpty() && RoleOwners.isOwnerNoun(t)) {
                actor = RoleOwners.antecedent(context, s, t.index());
            }
            // "the mayor of X", "X Governor Y": a place is what the person governs
            if (actor.isEmpty() && governs) {
                actor = GovernedPlaces.placeAt(context, s, t.index(), person);
            }
            // "Permanent Representative to International Organizations" tagged as one name is the office, not its owner
            if (actor.isPresent() && titleAt != Integer.MAX_VALUE && actor.equals(context.entityAt(s.index(), titleAt))) {
                actor = Optional.empty();
            }
            if (actor.isPresent()) {
                boolean possessor = i + 1 < description.size() && isPossessive(description.get(i + 1));
                int rank;
                if (possessor) {
                    rank = 0;
                } else if (t.index() < titleAt) {
                    rank = 1;
                } else if (previousWord.equals("of") || previousWord.equals("for")) {
                    rank = 2;
                } else if (previousWord.equals("to")) {
                    rank = 3;
                } else if (SERVING_PREPOSITIONS.contains(previousWord)) {
                    // "a senior official at the agency", "a coordinator with the Red Cross"
                    rank = 4;
                } else {
                    rank = 5;
                }
                if (rank < 5) {
                    candidates.add(new Candidate(actor.get(), rank, t.index(), previousWord));
                }
            }
            // "Head of X" tagged as one organisation: its "of" still introduces the owner
            boolean insideName = (t.ner().equals("ORGANIZATION") || t.ner().equals("COUNTRY")) && !t.pos().equals("IN");
            if (!insideName && !t.pos().equals("DT")) {
                previousWord = t.word().toLowerCase();
            }
        }
        // "deputy U.N. ambassador of Indonesia": an envoy of a state held at a world body speaks for the state
        boolean ofState = titleAt != Integer.MAX_VALUE && ENVOYS_OF_STATES.contains(s.token(titleAt).lemma().toLowerCase(Locale.ROOT));
        if (ofState && candidates.stream().anyMatch(c -> c.after.equals("of") && !c.actor.startsWith(BODY)
                && context.kindOf(c.actor) == EntityKind.COUNTRY)) {
            candidates.removeIf(c -> c.rank == 1 && !c.actor.startsWith(BODY)
                    && context.kindOf(c.actor) == EntityKind.ORGANIZATION && intergovernmental(context, c.actor));
        }
        return candidates.stream()
                .min((a, b) -> a.rank != b.rank ? Integer.compare(a.rank, b.rank) : Integer.compare(a.token, b.token))
                .map(c -> c.actor.startsWith(BODY) ? context.entity(EntityKind.ORGANIZATION,
                        c.actor.substring(BODY.length()), c.actor.substring(BODY.length()), null) : c.actor);
    }

    /** Marks a candidate that is a local body, whose entity is made only if it wins. */
    private static final String BODY = "body\t";

    private Optional<String> carriedTitle(Sentence s, List<Token> description, Map<String, String> countryByTitle) {
        int first = 0;
        while (first < description.size() && !isTitleWord(description.get(first))) {
            first++;
        }
        int end = first;
        while (end < description.size() && isTitleWord(description.get(end))) {
            end++;
        }
        String title = titleKey(s, description.get(first).index(), description.get(end - 1).index() + 1);
        return Optional.ofNullable(countryByTitle.get(title)).filter(k -> !k.equals(AMBIGUOUS));
    }


    private static boolean intergovernmental(ExtractionContext context, String organization) {
        return context.gazetteer().lookup(context.labelOf(organization))
                .map(e -> e.orgKind() != null && !e.orgKind().equals("ngo")).orElse(false);
    }

    /**
     * The office's own noun: the last title word before the office's complement ("Deputy Greek Ambassador to the UN":
     * "Ambassador"), so that a country between two title words ("Deputy Greek Ambassador") still comes before it.
     */
    private int headTitle(List<Token> description) {
        int head = Integer.MAX_VALUE;
        for (Token t : description) {
            if (isTitleWord(t)) {
                head = t.index();
            } else if (head != Integer.MAX_VALUE && !t.properNoun() && !t.pos().startsWith("JJ")) {
                break;
            }
        }
        return head;
    }

    private static final Set<String> SERVING_PREPOSITIONS = Set.of("with", "at", "from");

    /**
     * "Russia's X", "The World Food Programme's X": a country or organisation as the only owner before a name, with
     * no office, still names whom the person speaks for.
     */
    private static boolean possessorOnly(ExtractionContext context, Sentence s, List<Token> description) {
        int last = description.size() - 1;
        if (last < 1 || !isPossessive(description.get(last))) {
            return false;
        }
        int first = description.get(0).pos().equals("DT") ? 1 : 0;
        if (first == last) {
            return false;
        }
        // "the U.N. agency's X": a noun taken up from the organisation named before
        if (RoleOwners.isOwnerNoun(description.get(last - 1))) {
            return true;
        }
        Optional<String> owner = context.actorAt(s.index(), description.get(first).index())
                .filter(k -> context.kindOf(k) != EntityKind.PERSON);
        for (int i = first; i < last; i++) {
            if (owner.isEmpty() || !owner.equals(context.actorAt(s.index(), description.get(i).index()))) {
                return last == 1;
            }
        }
        return true;
    }

    private record Candidate(String actor, int rank, int token, String after) {}

    private static final Set<String> ENVOYS_OF_STATES = Set.of("ambassador", "representative", "delegate");

    /** Whether sentence {@code s} is the first that names the person. */
    private static boolean firstMention(ExtractionContext context, Sentence s, String person) {
        for (int i = 0; i < s.index(); i++) {
            Sentence before = context.document().sentence(i);
            for (int t = 1; t <= before.tokens().size(); t++) {
                if (context.entityAt(i, t).filter(person::equals).isPresent()) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean representsAnything(ExtractionContext context, String person) {
        return context.factsWith("represents").stream().anyMatch(f -> f.subject().equals(person));
    }

    /** Maximal runs of tokens naming one person, as [first, last] token indices. */
    private static List<int[]> personRuns(ExtractionContext context, Sentence s) {
        List<int[]> runs = new ArrayList<>();
        int t = 1;
        while (t <= s.tokens().size()) {
            Optional<String> key = context.entityAt(s.index(), t).filter(k -> context.kindOf(k) == EntityKind.PERSON);
            if (key.isPresent() && s.token(t).properNoun()) {
                int start = t;
                while (t + 1 <= s.tokens().size() && key.equals(context.entityAt(s.index(), t + 1))) {
                    t++;
                }
                runs.add(new int[]{start, t});
            }
            t++;
        }
        return runs;
    }





    private static String roleText(Sentence s, List<Token> description) {
        int from = 0;
        while (from < description.size() && (description.get(from).pos().equals("DT")
                || isPossessive(description.get(from))
                || (from + 1 < description.size() && isPossessive(description.get(from + 1))))) {
            from++;
        }
        if (from >= description.size()) {
            from = 0;
        }
        return s.span(description.get(from).index(), description.get(description.size() - 1).index() + 1).strip();
    }

    static boolean isPossessive(Token t) {
        return RoleDescriptions.isPossessive(t);
    }
}
