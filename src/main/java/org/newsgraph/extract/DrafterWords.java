package org.newsgraph.extract;

import org.newsgraph.nlp.Dependency;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The actors a word naming a drafter stands for. Mostly the actor there ({@link Actors#drafter}); besides, a party or
 * group the recogniser missed ("a bill submitted by Kellvo") is an organisation, since only an actor puts a text
 * forward; and a drafter named by a pronoun: "Ostrovia vetoed the rival draft, but its own proposal failed", "A, B and C wanted a
 * longer mandate. But they reduced their resolution to six months". The pronoun stands for the subject last spoken
 * of: the nearest subject before it in its sentence, or else in the sentence before, passing over subjects that are
 * pronouns themselves. That subject must name countries or an organisation acting as one, in the pronoun's number
 * ("its" one, "their" several), else the pronoun names no drafter: "the council ... its resolution" is the body's own
 * decision, and a text or a person of no country leaves the owner untold.
 */
final class DrafterWords {

    private static final Pattern SINGULAR = Pattern.compile("(?i)its|it");
    private static final Pattern PLURAL = Pattern.compile("(?i)their|they|them");
    /** Bodies that decide texts: "its resolution" of a council or an assembly is no member's draft. */
    private static final Pattern DECIDING_BODY = Pattern.compile(
            "(?i).*\\b(council|assembly|parliament|house|senate|congress|committee|commission|united nations|un)\\b.*");
    /** How many sentences before the pronoun's own its subject may stand. */
    private static final int SENTENCES_BACK = 1;

    private DrafterWords() {
    }

    static List<String> actors(ExtractionContext context, Sentence s, int token) {
        if (isPronoun(s.token(token))) {
            return antecedents(context, s, token);
        }
        return Actors.drafter(context, s, token).or(() -> untaggedName(context, s, token)).stream().toList();
    }

    /**
     * "submitted by Kellvo", "tabled by the Harbour Alliance": a name the recogniser left untagged, with the names
     * compounded onto it, is an organisation.
     */
    private static Optional<String> untaggedName(ExtractionContext context, Sentence s, int token) {
        Token head = s.token(token);
        if (!head.pos().startsWith("NNP") || !"O".equals(head.ner()) || token == 1) {
            return Optional.empty();
        }
        int from = token;
        for (Dependency d : s.dependentsOf(token)) {
            Token part = s.token(d.dependent());
            if (d.relation().matches("compound|flat") && part.pos().startsWith("NNP") && d.dependent() < from) {
                from = d.dependent();
            }
        }
        for (int t = from; t < token; t++) {
            if (!s.token(t).pos().startsWith("NNP") && !s.token(t).word().matches("[’']")) {
                return Optional.empty();
            }
        }
        String name = s.span(from, token + 1);
        return Optional.of(context.entity(EntityKind.ORGANIZATION, name, name, null));
    }

    private static boolean isPronoun(Token t) {
        return t.pos().startsWith("PRP") && (SINGULAR.matcher(t.word()).matches() || PLURAL.matcher(t.word()).matches());
    }

    /** The countries or organisation the pronoun at {@code pronoun} stands for, or none. */
    private static List<String> antecedents(ExtractionContext context, Sentence s, int pronoun) {
        boolean plural = PLURAL.matcher(s.token(pronoun).word()).matches();
        List<Sentence> sentences = context.sentences();
        for (int back = 0; back <= SENTENCES_BACK && s.index() - back >= 0; back++) {
            Sentence earlier = sentences.get(s.index() - back);
            int before = back == 0 ? pronoun : Integer.MAX_VALUE;
            for (List<Token> subject : subjectsBackwards(earlier, before)) {
                if (subject.stream().anyMatch(t -> t.pos().startsWith("PRP") || t.pos().startsWith("W"))) {
                    continue;
                }
                return subjectActors(context, earlier, subject, plural);
            }
        }
        return List.of();
    }

    /**
     * The subjects of the clauses of a sentence that begin before a word, the nearest first: each the words that are
     * subjects of one verb ("A, B and C wanted": three words).
     */
    private static List<List<Token>> subjectsBackwards(Sentence s, int before) {
        Map<Integer, List<Token>> byVerb = new TreeMap<>();
        for (Dependency d : s.dependencies()) {
            if (d.relation().matches("nsubj(:pass)?") && d.dependent() < before) {
                byVerb.computeIfAbsent(d.governor(), v -> new ArrayList<>()).add(s.token(d.dependent()));
            }
        }
        List<List<Token>> subjects = new ArrayList<>(byVerb.values());
        subjects.sort(Comparator.comparingInt((List<Token> words) ->
                words.stream().mapToInt(Token::index).min().orElse(0)).reversed());
        return subjects;
    }

    private static List<String> subjectActors(ExtractionContext context, Sentence s, List<Token> subject, boolean plural) {
        List<String> actors = new ArrayList<>();
        for (Token t : subject) {
            Optional<String> actor = Actors.drafter(context, s, t.index());
            if (actor.isEmpty() || !drafterKind(context, actor.get())) {
                return List.of();
            }
            if (!actors.contains(actor.get())) {
                actors.add(actor.get());
            }
        }
        boolean agrees = plural ? actors.size() > 1 || context.kindOf(actors.get(0)) == EntityKind.ORGANIZATION
                : actors.size() == 1;
        return agrees ? actors : List.of();
    }

    private static boolean drafterKind(ExtractionContext context, String actor) {
        EntityKind kind = context.kindOf(actor);
        return kind == EntityKind.COUNTRY
                || kind == EntityKind.ORGANIZATION
                && !DECIDING_BODY.matcher(context.labelOf(actor).toLowerCase(Locale.ROOT)).matches();
    }
}
