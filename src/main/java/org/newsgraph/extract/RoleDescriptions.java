package org.newsgraph.extract;

import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Where a text describes a person by an office: the words before the name ("Russia's Foreign Minister X"), a
 * description that ends in a comma before it ("Syria's envoy to the UN, X,"), an apposition after it ("X, the U.S.
 * ambassador"), a relative clause of heading ("X, who heads the ICRC,") and a country in brackets ("X (Chile)").
 * {@link RoleExtractor} decides whom the description makes the person speak for.
 */
final class RoleDescriptions {

    private final Lexicon titles;
    private final Lexicon speechVerbs = Lexicon.named("speech-verbs");
    private static final Lexicon PRIVATE_OCCUPATIONS = Lexicon.named("private-occupations");

    RoleDescriptions(Lexicon titles) {
        this.titles = titles;
    }

    boolean isTitleWord(Token t) {
        // the tagger marks "journalist" or "student" as a title too, but such a person speaks for no one
        return (titles.contains(t.lemma()) || "TITLE".equals(t.ner()) || titledCompound(t.lemma()))
                && !PRIVATE_OCCUPATIONS.contains(t.lemma());
    }

    /** A title of the lexicon, also hyphenated ("regional officer-in-charge X"). */
    private boolean isTitleNoun(String lemma) {
        return titles.contains(lemma) || titledCompound(lemma);
    }

    /** "officer-in-charge", "commander-in-chief": a hyphenated office whose first word is a title. */
    private boolean titledCompound(String lemma) {
        int hyphen = lemma.indexOf('-');
        return hyphen > 0 && lemma.indexOf('-', hyphen + 1) > 0 && titles.contains(lemma.substring(0, hyphen));
    }

    private static final Set<String> HEADING_VERBS = Set.of("head", "lead", "chair", "run", "command", "represent");
    /** Verbs of serving that name the actor served only through a preposition: "who works for", "who speaks for". */
    private static final Set<String> SERVING_VERBS = Set.of("work", "speak", "serve", "volunteer");
    private static final Set<String> SERVING_PREPOSITIONS = Set.of("for", "with", "at");

    /**
     * "X, who heads the White Helmets,", "X, who represents Chile at the UN,", "X, who works for the Red Cross in Y,":
     * the actor a person heads, represents or serves.
     */
    static Optional<String> headedOrganization(ExtractionContext context, Sentence s, int nameEnd) {
        if (nameEnd + 3 > s.tokens().size() || !s.token(nameEnd + 1).word().equals(",")
                || !s.token(nameEnd + 2).word().equalsIgnoreCase("who")) {
            return Optional.empty();
        }
        // "who has led the agency since 2017", "who now heads it": auxiliaries and adverbs before the verb
        int verbAt = OfficeClauses.mainVerb(s, nameEnd + 3);
        if (verbAt > s.tokens().size()) {
            return Optional.empty();
        }
        String verb = s.token(verbAt).lemma();
        int from = verbAt + 1;
        if (SERVING_VERBS.contains(verb)) {
            // the served actor is the object of the preposition: "works with refugees in Chad" serves no one
            if (from > s.tokens().size() || !SERVING_PREPOSITIONS.contains(s.token(from).word().toLowerCase(Locale.ROOT))) {
                return Optional.empty();
            }
            from++;
            if (from <= s.tokens().size() && s.token(from).pos().equals("DT")) {
                from++;
            }
            int at = from;
            return from > s.tokens().size() ? Optional.empty()
                    : context.actorAt(s.index(), from).filter(k -> context.kindOf(k) != EntityKind.PERSON)
                    .or(() -> RoleOwners.antecedent(context, s, at));
        }
        if (!HEADING_VERBS.contains(verb)) {
            return Optional.empty();
        }
        for (int t = from; t <= s.tokens().size() && !s.token(t).word().equals(","); t++) {
            int at = t;
            Optional<String> actor = context.actorAt(s.index(), t).filter(k -> context.kindOf(k) != EntityKind.PERSON)
                    .or(() -> RoleOwners.antecedent(context, s, at));
            if (actor.isPresent()) {
                return actor;
            }
        }
        return Optional.empty();
    }

    /** Title words, proper nouns, nationality adjectives and possessives right before a name. */
    List<Token> leftDescription(Sentence s, int nameStart) {
        List<Token> description = new ArrayList<>();
        int t = nameStart - 1;
        while (t >= 1) {
            Token token = s.token(t);
            // a common noun only as a title or a title's modifier ("party leader"), not "spending plan Tory leader"
            // ... or a plural noun that names the field of the title after it ("public works director")
            boolean titleNoun = token.pos().equals("NN") && (isTitleNoun(token.lemma())
                    || (t + 1 < nameStart && isTitleNoun(s.token(t + 1).lemma())))
                    || token.pos().equals("NNS") && t + 1 < nameStart && isTitleNoun(s.token(t + 1).lemma());
            boolean part = token.properNoun() || token.pos().startsWith("JJ") || titleNoun
                    || token.pos().startsWith("NN") && LocalBodies.isBodyWord(token)
                    || isPossessive(token) || token.ner().equals("TITLE")
                    || (token.pos().startsWith("NN") && t + 1 < nameStart && isPossessive(s.token(t + 1)))
                    || token.pos().equals("PRP$")
                    || (token.word().equals("of") && t > 1 && s.token(t - 1).properNoun())
                    || officeComplement(s, t, nameStart)
                    || (token.pos().equals("DT") && t < nameStart - 1);
            if (!part) {
                break;
            }
            description.add(0, token);
            if ((token.pos().equals("DT") || token.pos().equals("PRP$")) && !officeComplement(s, t - 1, nameStart)) {
                break;
            }
            t--;
        }
        return description;
    }

    /**
     * "US Ambassador to the UN X", "Permanent Representative to International Organizations in Vienna X": a preposition
     * between an office and the proper name of what it is held at, all before the person's name.
     */
    private boolean officeComplement(Sentence s, int t, int nameStart) {
        if (t < 2 || t + 1 >= nameStart || !OFFICE_PREPOSITIONS.contains(s.token(t).word())) {
            return false;
        }
        Token before = s.token(t - 1);
        Token after = s.token(t + 1);
        boolean heldAt = after.properNoun() || (after.pos().equals("DT") && t + 2 < nameStart && s.token(t + 2).properNoun());
        return heldAt && (isTitleWord(before) || before.properNoun());
    }

    private static final Set<String> OFFICE_PREPOSITIONS = Set.of("to", "for", "at", "in");

    /**
     * "Its ambassador, X," / "The UAE's deputy ambassador, X," / "Syria's envoy to the UN, X," / "The foreign minister
     * of Chile, X,": a description that opens the sentence, holds a title, and ends with a comma before the name.
     */
    List<Token> commaDescription(Sentence s, int nameStart) {
        if (nameStart < 3 || !s.token(nameStart - 1).word().equals(",")) {
            return List.of();
        }
        if (isTitleWord(s.token(nameStart - 2))) {
            List<Token> description = leftDescription(s, nameStart - 1);
            boolean startsSentence = !description.isEmpty() && description.get(0).index() == 1;
            if (startsSentence) {
                return description;
            }
        }
        // a title followed by its complement: every word a name, title, article, possessive or one of to/of/for,
        // from the start of the sentence or from right after a quote ('"...," Chile's envoy to the UN, X, said')
        List<Token> description = new ArrayList<>();
        int t = nameStart - 2;
        while (t >= 1) {
            Token token = s.token(t);
            boolean part = token.properNoun() || isTitleWord(token) || isPossessive(token) || token.pos().equals("DT")
                    || token.pos().startsWith("JJ") || token.pos().equals("PRP$")
                    // "The head of B's civil defence, X"
                    || token.pos().startsWith("NN") && LocalBodies.isBodyWord(token)
                    // "the council's Office of Civil Defense deputy administrator, X"
                    || RoleOwners.isOwnerNoun(token) && t + 1 < nameStart && isPossessive(s.token(t + 1))
                    || COMPLEMENT_PREPOSITIONS.contains(token.word().toLowerCase(Locale.ROOT))
                    // "the ambassador to Romania and Moldova, X"
                    || token.word().equals("and") && t > 1 && s.token(t - 1).properNoun() && s.token(t + 1).properNoun();
            if (!part) {
                break;
            }
            description.add(0, token);
            t--;
        }
        // ... or from right after a dateline ("UNITED NATIONS - Syria's envoy to the UN, X, said")
        boolean opens = t == 0 || DATELINE_DASHES.contains(s.token(t).word()) || afterOpener(s, t) || (t >= 2 && s.token(t).word().equals(",") && isQuoteMark(s.token(t - 1).word()))
                || (t >= 1 && isQuoteMark(s.token(t).word()) && t >= 2 && s.token(t - 1).word().equals(","));
        // ... or as the object of a verb or preposition, opened by "the" ("met the Indian ambassador to Romania, X,")
        // ... or opened by a possessor ("a charge by A's U.N. ambassador, X.")
        boolean object = !opens && !description.isEmpty()
                && (description.get(0).word().equalsIgnoreCase("the") || opensWithPossessor(description))
                && t >= 1 && s.token(t).pos().matches("VB.*|IN|TO");
        return (opens || object) && description.stream().anyMatch(this::isTitleWord) ? description : List.of();
    }

    /** "Britain's ...", "the Red Cross's ...": proper nouns, perhaps after "the", then a possessive. */
    private static boolean opensWithPossessor(List<Token> description) {
        int i = description.get(0).pos().equals("DT") ? 1 : 0;
        int start = i;
        while (i < description.size() && description.get(i).properNoun()) {
            i++;
        }
        return i > start && i < description.size() && isPossessive(description.get(i));
    }

    /**
     * "But the U.S. envoy to the U.N., X,", "After the vote, the Swiss Ambassador, X,": the description follows a
     * conjunction or adverb that opens the sentence, or a short opening phrase without a verb closed by a comma.
     */
    private static boolean afterOpener(Sentence s, int t) {
        Token last = s.token(t);
        if (t == 1) {
            return last.pos().equals("CC") || last.pos().equals("RB");
        }
        if (!last.word().equals(",") || t - 1 > MAX_OPENER) {
            return false;
        }
        for (int i = 1; i < t; i++) {
            Token token = s.token(i);
            if (token.pos().startsWith("VB") || token.pos().equals("MD") || isQuoteMark(token.word())) {
                return false;
            }
        }
        return true;
    }

    private static final int MAX_OPENER = 6;

    private static final Set<String> DATELINE_DASHES = Set.of("-", "--", "—", "–");
    private static final Set<String> COMPLEMENT_PREPOSITIONS = Set.of("to", "of", "for", "at");

    /** "The president of the council, X (Chile)," : after an office, the country in brackets after the name. */
    Optional<String> bracketedCountry(ExtractionContext context, Sentence s, int nameStart, int nameEnd) {
        if (nameEnd + 3 > s.tokens().size() || !s.token(nameEnd + 1).word().matches("\\(|-LRB-")) {
            return Optional.empty();
        }
        boolean office = false;
        for (int t = Math.max(1, nameStart - 8); t < nameStart; t++) {
            office |= isTitleWord(s.token(t));
        }
        // "X (Chile) said": a speaker named with a country in brackets speaks for it, as meeting records write
        boolean speaks = s.tokens().stream().anyMatch(t -> t.pos().startsWith("VB") && speechVerbs.contains(t.lemma()));
        if (!office && !speaks) {
            return Optional.empty();
        }
        int close = nameEnd + 2;
        while (close <= s.tokens().size() && !s.token(close).word().matches("\\)|-RRB-")) {
            close++;
        }
        if (close > s.tokens().size() || close - nameEnd > 5) {
            return Optional.empty();
        }
        Optional<String> country = context.actorAt(s.index(), nameEnd + 2)
                .filter(k -> context.kindOf(k) == EntityKind.COUNTRY);
        // every word in the brackets belongs to that one country
        for (int t = nameEnd + 2; t < close && country.isPresent(); t++) {
            if (!country.equals(context.actorAt(s.index(), t))) {
                return Optional.empty();
            }
        }
        return country;
    }

    /**
     * "X of the Red Cross", "X of the Regional Incident Management Team": a person named as a member of an organisation.
     * A country or place after "of" is where the person is from, not whom the person speaks for.
     */
    static Optional<String> memberOf(ExtractionContext context, Sentence s, int nameEnd) {
        int t = nameEnd + 1;
        // "said X, from the World Food Programme": a comma may set the membership apart
        if (t + 2 <= s.tokens().size() && s.token(t).word().equals(",") && s.token(t + 1).word().equals("from")) {
            t++;
        }
        if (t + 1 > s.tokens().size() || !MEMBERSHIP_PREPOSITIONS.contains(s.token(t).word())) {
            return Optional.empty();
        }
        t++;
        if (s.token(t).pos().equals("DT") && t + 1 <= s.tokens().size()) {
            t++;
        }
        return context.entityAt(s.index(), t).filter(k -> context.kindOf(k) == EntityKind.ORGANIZATION);
    }

    /** "X of the Red Cross", "X from the World Food Programme": a person as a member of an organisation. */
    private static final Set<String> MEMBERSHIP_PREPOSITIONS = Set.of("of", "from");

    /** ", the U.S. ambassador to the United Nations," after a name: up to the next comma, verb or clause. */
    List<Token> apposition(Sentence s, int nameEnd) {
        List<Token> description = new ArrayList<>();
        int t = nameEnd + 1;
        if (t > s.tokens().size() || !s.token(t).word().equals(",")) {
            return description;
        }
        for (t = t + 1; t <= s.tokens().size(); t++) {
            Token token = s.token(t);
            // "acting director", "designated envoy": a participle that qualifies the office is part of it
            boolean qualifiesOffice = token.pos().startsWith("VB") && t + 1 <= s.tokens().size()
                    && titles.contains(s.token(t + 1).lemma());
            if (token.word().equals(",") || token.word().equals(".") || token.word().equals(")")
                    || token.word().equals(";") || token.pos().startsWith("VB") && !qualifiesOffice
                    || token.pos().startsWith("W")
                    || token.pos().equals("MD") || isQuoteMark(token.word())) {
                break;
            }
            description.add(token);
        }
        return description;
    }

    static boolean isPossessive(Token t) {
        return t.pos().equals("POS") || t.word().equals("'s") || t.word().equals("’s");
    }

    static boolean isQuoteMark(String word) {
        return word.equals("\"") || word.equals("“") || word.equals("”") || word.equals("``") || word.equals("''");
    }
}
