package org.newsgraph.extract;

import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Offices that news writes at a distance from the name: in a relative clause ("X, who has served as B's ambassador
 * since 2019,", "X, a veteran diplomat who is now B's envoy,"), with the country after the name ("Ambassador X of
 * B"), or in an opening phrase of speaking for someone ("Speaking for Chile, X said"). {@link RoleExtractor} reads the
 * description found here as any other.
 */
final class OfficeClauses {

    /** Verbs whose complement is the office held: "served as", "is now", "was appointed", "became". */
    private static final Set<String> HOLDING_VERBS = Set.of("serve", "be", "become", "appoint", "name", "elect", "act",
            "remain", "work");
    private static final Set<String> FORMER_HOLDING = Set.of("be", "serve", "work", "act", "remain");
    private static final Set<String> AUXILIARIES = Set.of("have", "be", "do");
    /** Words that end the office in a clause: "since 2019", "until March", "for two years". */
    private static final Set<String> CLAUSE_ENDS = Set.of("since", "until", "when", "before", "after", "during");
    private static final int MAX_APPOSITION_BEFORE_WHO = 8;

    private static final Set<String> ENVOYS = Set.of("ambassador", "envoy", "representative", "delegate");

    private OfficeClauses() {
    }

    /**
     * The main verb from {@code t} on, past auxiliaries and adverbs ("has long served", "was recently named"); a form
     * of "be" or "have" with no verb after it is the main verb itself ("is now B's envoy").
     */
    static int mainVerb(Sentence s, int t) {
        int lastVerb = -1;
        for (int i = t; i <= s.tokens().size(); i++) {
            Token token = s.token(i);
            if (token.pos().startsWith("VB")) {
                lastVerb = i;
                if (!AUXILIARIES.contains(token.lemma().toLowerCase(Locale.ROOT))) {
                    return i;
                }
            } else if (!token.pos().startsWith("RB")) {
                break;
            }
        }
        return lastVerb > 0 ? lastVerb : t;
    }

    /**
     * ", who has served as B's ambassador since 2019," / ", a veteran diplomat who is now B's envoy,": the office
     * held in a relative clause right after the name, or after a short apposition without a verb.
     */
    static List<Token> relativeClauseOffice(Sentence s, int nameEnd, RoleDescriptions descriptions) {
        int size = s.tokens().size();
        if (nameEnd + 3 > size || !s.token(nameEnd + 1).word().equals(",")) {
            return List.of();
        }
        int who = nameEnd + 2;
        while (who <= size && who - nameEnd - 2 <= MAX_APPOSITION_BEFORE_WHO && !s.token(who).word().equalsIgnoreCase("who")) {
            Token token = s.token(who);
            if (token.word().equals(",") || token.pos().startsWith("VB") || token.pos().equals("MD")
                    || RoleDescriptions.isQuoteMark(token.word())) {
                return List.of();
            }
            who++;
        }
        if (who > size || !s.token(who).word().equalsIgnoreCase("who")) {
            return List.of();
        }
        int verb = mainVerb(s, who + 1);
        if (verb > size || !s.token(verb).pos().startsWith("VB")
                || !HOLDING_VERBS.contains(s.token(verb).lemma().toLowerCase(Locale.ROOT))) {
            return List.of();
        }
        // "who was county chief in the 1980s", "who served as envoy until 2015": an office held once is not held now
        Token held = s.token(verb);
        if (held.pos().equals("VBD") && FORMER_HOLDING.contains(held.lemma().toLowerCase(Locale.ROOT))) {
            return List.of();
        }
        int t = verb + 1;
        // "served as", "has been since 2018", "is now"
        while (t <= size && (s.token(t).word().equalsIgnoreCase("as") || s.token(t).pos().startsWith("RB"))) {
            t++;
        }
        List<Token> description = new ArrayList<>();
        for (; t <= size; t++) {
            Token token = s.token(t);
            String word = token.word().toLowerCase(Locale.ROOT);
            if (token.word().equals(",") || token.word().equals(".") || token.word().equals(";")
                    || token.pos().startsWith("VB") || token.pos().startsWith("W") || token.pos().equals("MD")
                    || RoleDescriptions.isQuoteMark(token.word()) || CLAUSE_ENDS.contains(word)) {
                break;
            }
            description.add(token);
        }
        return description.stream().anyMatch(descriptions::isTitleWord) ? description : List.of();
    }

    private static boolean intergovernmental(ExtractionContext context, String organization) {
        return context.kindOf(organization) == EntityKind.ORGANIZATION && context.gazetteer().lookup(context.labelOf(organization))
                .map(e -> e.orgKind() != null && !e.orgKind().equals("ngo")).orElse(false);
    }

    /**
     * "Ambassador X of B", "Foreign Minister X of B": an office before the name that names no one, and a country right
     * after it with "of". An organisation after "of" is read as membership elsewhere; a place, as a governed one.
     */
    static Optional<String> countryAfterName(ExtractionContext context, Sentence s, List<Token> left, int nameEnd,
                                             RoleDescriptions descriptions) {
        int size = s.tokens().size();
        if (left.stream().noneMatch(descriptions::isTitleWord) || nameEnd + 2 > size
                || !s.token(nameEnd + 1).word().equals("of")) {
            return Optional.empty();
        }
        // "U.N. Ambassador X of B": an envoy held at a world body still speaks for the state named after the name
        boolean envoy = left.stream().anyMatch(t -> ENVOYS.contains(t.lemma().toLowerCase(Locale.ROOT)));
        for (Token t : left) {
            Optional<String> actor = context.actorAt(s.index(), t.index()).filter(k -> context.kindOf(k) != EntityKind.PERSON);
            boolean worldBody = envoy && actor.filter(k -> intergovernmental(context, k)).isPresent();
            if (actor.isPresent() && !worldBody
                    || context.gazetteer().byDemonym(t.word()).isPresent() || RoleDescriptions.isPossessive(t)) {
                return Optional.empty();
            }
        }
        int t = nameEnd + 2;
        if (s.token(t).pos().equals("DT") && t + 1 <= size) {
            t++;
        }
        Optional<String> country = context.entityAt(s.index(), t).filter(k -> context.kindOf(k) == EntityKind.COUNTRY);
        int end = t;
        while (country.isPresent() && end + 1 <= size && country.equals(context.entityAt(s.index(), end + 1))) {
            end++;
        }
        // "of Chile's delegation": the country owns something else
        if (end + 1 <= size && RoleDescriptions.isPossessive(s.token(end + 1))) {
            return Optional.empty();
        }
        return country;
    }

    /**
     * "Speaking for Chile, X said", "Speaking on behalf of the group, X told reporters": an opening participle of
     * speaking for an actor, and the person named right after its comma.
     */
    static Optional<String> speakingFor(ExtractionContext context, Sentence s, int nameStart) {
        if (nameStart < 5 || !s.token(nameStart - 1).word().equals(",")
                || !SPEAKING_PARTICIPLES.contains(s.token(1).word().toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        int t = 2;
        if (s.token(t).word().equalsIgnoreCase("on") && t + 2 < nameStart && s.token(t + 1).word().equalsIgnoreCase("behalf")
                && s.token(t + 2).word().equalsIgnoreCase("of")) {
            t += 3;
        } else if (s.token(t).word().equalsIgnoreCase("for")) {
            t++;
        } else {
            return Optional.empty();
        }
        if (s.token(t).pos().equals("DT")) {
            t++;
        }
        Optional<String> actor = context.actorAt(s.index(), t).filter(k -> context.kindOf(k) != EntityKind.PERSON);
        for (int i = t; i < nameStart - 1 && actor.isPresent(); i++) {
            if (!actor.equals(context.actorAt(s.index(), i))) {
                return Optional.empty();
            }
        }
        int at = t;
        return actor.or(() -> at + 2 == nameStart ? RoleOwners.antecedent(context, s, at) : Optional.empty());
    }

    private static final Set<String> SPEAKING_PARTICIPLES = Set.of("speaking", "writing", "acting");

}
