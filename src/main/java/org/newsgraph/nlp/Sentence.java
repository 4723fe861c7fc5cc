package org.newsgraph.nlp;

import java.util.List;
import java.util.Optional;

/** A sentence with its tokens and enhanced++ dependencies; offsets point into the original article text. */
public record Sentence(int index, int begin, int end, String text, List<Token> tokens, List<Dependency> dependencies) {

    /** The token with the given 1-based index. */
    public Token token(int tokenIndex) {
        return tokens.get(tokenIndex - 1);
    }

    public List<Dependency> dependentsOf(int governor) {
        return dependencies.stream().filter(d -> d.governor() == governor).toList();
    }

    /**
     * The edge to the token this one depends on (the first, where enhanced++ gives several); empty for the root,
     * whose edge comes from no token, so that callers never look up a token 0.
     */
    public Optional<Dependency> governorOf(int dependent) {
        return dependencies.stream().filter(d -> d.dependent() == dependent && d.governor() > 0).findFirst();
    }

    /** The text of tokens [from, to) with their original spacing. */
    public String span(int fromToken, int toTokenExclusive) {
        if (fromToken >= toTokenExclusive) {
            return "";
        }
        int b = token(fromToken).begin() - begin;
        int e = token(toTokenExclusive - 1).end() - begin;
        return text.substring(b, e);
    }
}
