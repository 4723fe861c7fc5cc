package org.newsgraph.extract;

import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

import java.util.List;
import java.util.Optional;

/**
 * Attributions given by the layout of a line rather than by a verb of speech: a name signing a paragraph of quotes
 * ('"..." ― Name'), and a name with a colon before the quote ('Haley: "..."', '-- U.S. Ambassador X: "..."').
 */
final class QuoteLayouts {

    private QuoteLayouts() {
    }

    /**
     * '"..." ― Name' ending a paragraph that opens with a quotation mark: the name under the quote signs every quote
     * of the paragraph, as in letters and vox pops.
     */
    static Optional<QuoteAttribution> signature(ExtractionContext context, QuoteSpan span) {
        String text = context.text();
        int lineStart = text.lastIndexOf('\n', Math.max(0, span.begin() - 1)) + 1;
        int lineEnd = text.indexOf('\n', span.end());
        String line = text.substring(lineStart, lineEnd < 0 ? text.length() : lineEnd);
        String opening = line.strip();
        int dash = Math.max(line.lastIndexOf('―'), Math.max(line.lastIndexOf('—'), line.lastIndexOf('–')));
        if (opening.isEmpty() || "\"“”„«»".indexOf(opening.charAt(0)) < 0 || dash < 0
                || lineStart + dash < span.end()) {
            return Optional.empty();
        }
        String signed = line.substring(dash + 1).replace('\u00a0', ' ').strip();
        boolean nameOnly = !signed.isEmpty() && signed.split("\\s+").length <= 5
                && signed.chars().noneMatch(c -> "\"“”„«»".indexOf(c) >= 0);
        if (!nameOnly) {
            return Optional.empty();
        }
        int nameStart = lineStart + line.indexOf(signed.charAt(0), dash + 1);
        for (Sentence s : context.sentences()) {
            for (Token t : s.tokens()) {
                if (t.begin() == nameStart) {
                    return context.entityAt(s.index(), t.index())
                            .filter(k -> context.kindOf(k) == EntityKind.PERSON && t.properNoun())
                            .map(person -> QuoteAttribution.speaker(person, s.index(), "quote/signature"));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * 'Haley: "..."' (a headline), '-- U.S. Ambassador X: "..."' (a list of reactions): a line that opens with one
     * person's name, titles around it and a colon, and no verb, gives the quote after the colon to that person.
     */
    static Optional<QuoteAttribution> nameColon(ExtractionContext context, QuoteSpan span) {
        String text = context.text();
        int lineStart = text.lastIndexOf('\n', Math.max(0, span.begin() - 1)) + 1;
        String prefix = text.substring(lineStart, span.begin()).replaceAll("[\\s\"“”„«»‘’']+$", "");
        if (!prefix.endsWith(":") || prefix.isBlank() || prefix.strip().split("\\s+").length > NAME_COLON_WORDS) {
            return Optional.empty();
        }
        int colon = lineStart + prefix.length() - 1;
        for (Sentence s : context.sentences()) {
            List<Token> before = s.tokens().stream().filter(t -> t.begin() >= lineStart && t.end() <= colon).toList();
            if (before.isEmpty() || s.tokens().stream().noneMatch(t -> t.begin() == colon)) {
                continue;
            }
            boolean nameAndTitles = before.stream().allMatch(t -> t.properNoun() || "TITLE".equals(t.ner())
                    || t.pos().matches("POS|DT|JJ|IN|HYPH|NFP|:|,|-[LR]RB-") || t.word().matches("[-–—•*]+"));
            List<String> people = before.stream().filter(Token::properNoun)
                    .map(t -> context.entityAt(s.index(), t.index())).flatMap(Optional::stream)
                    .filter(k -> context.kindOf(k) == EntityKind.PERSON).distinct().toList();
            if (people.isEmpty()) {
                // 'Haley: "..."' in a headline: a bare surname the tagger left untyped, of the one person who has it
                List<Token> names = before.stream().filter(Token::properNoun).toList();
                people = names.size() == 1 ? Speakers.surnameOfOne(context, names.get(0)).stream().toList() : people;
            }
            return nameAndTitles && people.size() == 1
                    ? Optional.of(QuoteAttribution.speaker(people.get(0), s.index(), "quote/name-colon"))
                    : Optional.empty();
        }
        return Optional.empty();
    }

    private static final int NAME_COLON_WORDS = 8;
}
