package org.newsgraph.extract;

import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

import java.util.ArrayList;
import java.util.List;
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
        for (Sentence s : context.sentences()) {
            for (int[] run : personRuns(context, s)) {
                String person = context.entityAt(s.index(), run[0]).orElseThrow();
                describe(context, s, person, leftDescription(s, run[0]), "role/title-before-name");
                describe(context, s, person, apposition(s, run[1]), "role/apposition");
            }
        }
    }

    private void describe(ExtractionContext context, Sentence s, String person, List<Token> description, String rule) {
        if (description.isEmpty()) {
            return;
        }
        boolean hasTitle = description.stream().anyMatch(t -> titles.contains(t.lemma()) || "TITLE".equals(t.ner()));
        boolean possessiveOnly = !hasTitle && description.size() == 2 && isPossessive(description.get(1));
        if (!hasTitle && !possessiveOnly) {
            return;
        }
        representedActor(context, s, description).ifPresent(actor -> {
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

    private Optional<String> representedActor(ExtractionContext context, Sentence s, List<Token> description) {
        List<Candidate> candidates = new ArrayList<>();
        int titleAt = description.stream().filter(t -> titles.contains(t.lemma()) || "TITLE".equals(t.ner()))
                .mapToInt(Token::index).findFirst().orElse(Integer.MAX_VALUE);
        String previousWord = "";
        for (int i = 0; i < description.size(); i++) {
            Token t = description.get(i);
            Optional<String> actor = context.actorAt(s.index(), t.index())
                    .filter(k -> context.kindOf(k) != EntityKind.PERSON);
            if (actor.isEmpty() && (t.ner().equals("NATIONALITY") || t.pos().startsWith("JJ"))) {
                actor = context.countryByDemonym(t.word());
            }
            if (actor.isPresent()) {
                boolean possessor = i + 1 < description.size() && isPossessive(description.get(i + 1));
                int rank;
                if (possessor) {
                    rank = 0;
                } else if (t.index() < titleAt) {
                    rank = 1;
                } else if (previousWord.equals("of")) {
                    rank = 2;
                } else if (previousWord.equals("to")) {
                    rank = 3;
                } else {
                    rank = 4;
                }
                if (rank < 4) {
                    candidates.add(new Candidate(actor.get(), rank, t.index()));
                }
            }
            if (!t.ner().equals("ORGANIZATION") && !t.ner().equals("COUNTRY") && !t.pos().equals("DT")) {
                previousWord = t.word().toLowerCase();
            }
        }
        return candidates.stream()
                .min((a, b) -> a.rank != b.rank ? Integer.compare(a.rank, b.rank) : Integer.compare(a.token, b.token))
                .map(Candidate::actor);
    }

    private record Candidate(String actor, int rank, int token) {}

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

    /** Title words, proper nouns, nationality adjectives and possessives right before a name. */
    private List<Token> leftDescription(Sentence s, int nameStart) {
        List<Token> description = new ArrayList<>();
        int t = nameStart - 1;
        while (t >= 1) {
            Token token = s.token(t);
            // a common noun only as a title or a title's modifier ("party leader"), not "spending plan Tory leader"
            boolean titleNoun = token.pos().equals("NN") && (titles.contains(token.lemma())
                    || (t + 1 < nameStart && titles.contains(s.token(t + 1).lemma())));
            boolean part = token.properNoun() || token.pos().startsWith("JJ") || titleNoun
                    || isPossessive(token) || token.ner().equals("TITLE")
                    || (token.word().equals("of") && t > 1 && s.token(t - 1).properNoun())
                    || (token.pos().equals("DT") && t < nameStart - 1);
            if (!part) {
                break;
            }
            description.add(0, token);
            if (token.pos().equals("DT")) {
                break;
            }
            t--;
        }
        return description;
    }

    /** ", the U.S. ambassador to the United Nations," after a name: up to the next comma, verb or clause. */
    private static List<Token> apposition(Sentence s, int nameEnd) {
        List<Token> description = new ArrayList<>();
        int t = nameEnd + 1;
        if (t > s.tokens().size() || !s.token(t).word().equals(",")) {
            return description;
        }
        for (t = t + 1; t <= s.tokens().size(); t++) {
            Token token = s.token(t);
            if (token.word().equals(",") || token.word().equals(".") || token.word().equals(")")
                    || token.word().equals(";") || token.pos().startsWith("VB") || token.pos().startsWith("W")
                    || token.pos().equals("MD") || isQuoteMark(token.word())) {
                break;
            }
            description.add(token);
        }
        return description;
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
        return t.pos().equals("POS") || t.word().equals("'s") || t.word().equals("’s");
    }

    static boolean isQuoteMark(String word) {
        return word.equals("\"") || word.equals("“") || word.equals("”") || word.equals("``") || word.equals("''");
    }
}
