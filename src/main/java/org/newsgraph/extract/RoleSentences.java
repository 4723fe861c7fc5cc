package org.newsgraph.extract;

import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Descriptions of a person that stand outside the name's own phrase: a copula that opens the sentence ("X is B's
 * minister of disaster management") and an apposition the sentence splitter cut off at a line break ("said X,"
 * then "B's minister of emergencies." on the next line).
 */
final class RoleSentences {

    private static final int LONGEST_DESCRIPTION = 14;

    private RoleSentences() {
    }

    /** "X is B's minister of ...", "X was the head of B": the predicate noun phrase of a copula after the subject. */
    static List<Token> copulaDescription(Sentence s, int nameStart, int nameEnd) {
        if (nameStart != 1 || nameEnd + 2 > s.tokens().size() || !s.token(nameEnd + 1).lemma().equals("be")) {
            return List.of();
        }
        List<Token> description = new ArrayList<>();
        for (int t = nameEnd + 2; t <= s.tokens().size(); t++) {
            Token token = s.token(t);
            if (token.word().equals(",") || token.word().equals(".") || token.word().equals(";")
                    || token.pos().startsWith("VB") || token.pos().startsWith("W") || token.pos().equals("MD")
                    || RoleDescriptions.isQuoteMark(token.word())) {
                break;
            }
            description.add(token);
        }
        boolean phrase = !description.isEmpty() && (description.get(0).pos().equals("DT")
                || description.get(0).properNoun() || description.get(0).pos().startsWith("JJ"));
        return phrase && description.size() <= LONGEST_DESCRIPTION ? description : List.of();
    }

    /**
     * 'said X,' ending the sentence the splitter closed at a line break, then a line that opens with a verbless
     * description of X: that next sentence.
     */
    static Optional<Sentence> nextLineDescription(ExtractionContext context, Sentence s, int nameEnd) {
        if (nameEnd + 1 != s.tokens().size() || !s.token(nameEnd + 1).word().equals(",")
                || s.index() + 1 >= context.document().sentences().size()) {
            return Optional.empty();
        }
        Sentence next = context.document().sentence(s.index() + 1);
        boolean lineBreak = context.text().substring(s.end(), next.begin()).indexOf('\n') >= 0;
        List<Token> description = lineTokens(next);
        boolean verbless = description.stream().noneMatch(t -> t.pos().startsWith("VB") || t.pos().equals("MD"));
        return lineBreak && verbless && !description.isEmpty() && description.size() <= LONGEST_DESCRIPTION
                ? Optional.of(next) : Optional.empty();
    }

    /**
     * The description tokens of the line after the name: up to its first comma ("B's minister of emergencies, said
     * ...") or its closing punctuation.
     */
    static List<Token> lineTokens(Sentence line) {
        List<Token> tokens = new ArrayList<>();
        for (Token t : line.tokens()) {
            if (t.word().equals(",")) {
                break;
            }
            tokens.add(t);
        }
        while (!tokens.isEmpty() && tokens.get(tokens.size() - 1).pos().equals(".")) {
            tokens.remove(tokens.size() - 1);
        }
        return tokens;
    }
}
