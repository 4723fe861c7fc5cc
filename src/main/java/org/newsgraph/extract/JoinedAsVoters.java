package org.newsgraph.extract;

import org.newsgraph.nlp.Dependency;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Voters set beside another as the only ones of a side: "with A and B joining C as the only nations opposed to the
 * resolution", "A joined B as the only countries to vote against it". The side is told of the noun after "as" ("the
 * only nations"), which stands for whoever joins and whoever is joined. The parser hangs the "as" phrase on the verb of
 * joining, on the main clause or on nothing, so the phrase is found in the order of the words: the verb of joining,
 * the names joined, "as", and the cue inside the phrase that follows.
 */
final class JoinedAsVoters {

    /** How far after "as" the cue may stand: "as the only two members of the council that voted against". */
    private static final int MAX_PHRASE = 10;

    private JoinedAsVoters() {
    }

    /** The actors the "as" phrase around the cue stands for, or none when the cue is not in such a phrase. */
    static List<String> of(ExtractionContext context, Sentence s, Token cue) {
        Optional<Token> join = joiningVerb(context, s, cue);
        if (join.isEmpty()) {
            return List.of();
        }
        List<String> actors = new ArrayList<>();
        for (Dependency d : s.dependentsOf(join.get().index())) {
            if (d.relation().startsWith("nsubj") || d.relation().equals("obj")) {
                actors.addAll(StanceHolders.nounActors(context, s, s.token(d.dependent())));
            }
        }
        // "with A and B joining C": the names right before the participle join, however the parser hangs it
        for (int t = join.get().index() - 1; t >= 1 && (context.actorAt(s.index(), t).isPresent()
                || s.token(t).word().matches("(?i),|and|the")); t--) {
            context.actorAt(s.index(), t).filter(a -> !actors.contains(a)).ifPresent(actors::add);
        }
        for (int t = join.get().index() + 1; t < cue.index() && !s.token(t).word().equalsIgnoreCase("as"); t++) {
            context.actorAt(s.index(), t).filter(a -> !actors.contains(a)).ifPresent(actors::add);
        }
        return ListedVoters.widen(context, s, actors.stream().distinct().toList());
    }

    /**
     * A side held "as the only nations opposed" in a sentence that tells the count of a vote is a vote cast: only a
     * vote has a fixed number on each side.
     */
    static String recorded(ExtractionContext context, Sentence s, Token cue, String predicate) {
        if (predicate == null || joiningVerb(context, s, cue).isEmpty() || !tellsCount(s)) {
            return predicate;
        }
        return switch (predicate) {
            case "opposes" -> "votedAgainst";
            case "supports" -> "votedFor";
            default -> predicate;
        };
    }

    private static Optional<Token> joiningVerb(ExtractionContext context, Sentence s, Token cue) {
        for (int as = cue.index() - 1; as >= 2 && as >= cue.index() - MAX_PHRASE; as--) {
            if (!s.token(as).word().equalsIgnoreCase("as")) {
                continue;
            }
            // the names joined, right before "as": "joining C as", "joined C and D as"
            int t = as - 1;
            boolean named = false;
            while (t >= 1 && (context.actorAt(s.index(), t).isPresent() || s.token(t).word().matches("(?i),|and|the"))) {
                named |= context.actorAt(s.index(), t).isPresent();
                t--;
            }
            if (named && t >= 1 && s.token(t).lemma().toLowerCase(Locale.ROOT).equals("join")
                    && s.token(t).pos().startsWith("VB") && onlyOnesOfASide(s, as, cue)) {
                return Optional.of(s.token(t));
            }
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** "as the only nations", "as the only two countries": the phrase after "as" sets its members apart. */
    private static boolean onlyOnesOfASide(Sentence s, int as, Token cue) {
        for (int t = as + 1; t < cue.index(); t++) {
            if (s.token(t).word().equalsIgnoreCase("only")) {
                return true;
            }
        }
        return false;
    }

    /** "The final vote was 187-3", "passed 150 to 3": two numbers set against each other. */
    private static boolean tellsCount(Sentence s) {
        List<Token> tokens = s.tokens();
        for (int i = 0; i + 2 < tokens.size(); i++) {
            if (tokens.get(i).pos().equals("CD") && tokens.get(i + 1).word().matches("-|–|to")
                    && tokens.get(i + 2).pos().equals("CD")) {
                return true;
            }
        }
        return tokens.stream().anyMatch(t -> t.pos().equals("CD") && t.word().matches("\\d+-\\d+"));
    }
}
