package org.newsgraph.serve;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.expr.E_Function;
import org.apache.jena.sparql.expr.E_Regex;
import org.apache.jena.sparql.expr.E_StrReplace;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.ExprTransformCopy;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.function.FunctionBase;
import org.apache.jena.sparql.function.FunctionRegistry;
import org.apache.jena.sparql.syntax.syntaxtransform.ElementTransformCopyBase;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * SPARQL {@code REGEX} and {@code REPLACE} with a bounded cost. A pattern such as {@code (.*a){20}} backtracks for
 * hours on a literal of a hundred characters, and the query time limit cannot stop it: Jena checks for cancellation between
 * solutions, never inside one regular expression. Queries from clients are therefore rewritten to call functions
 * of this class instead, which run Java's regular expressions over a text that counts how often it is read and
 * cancels the query once one match has read more than {@link #STEP_BUDGET} characters (a fraction of a second).
 * Ordinary patterns over ordinary literals stay far below that.
 */
final class BoundedRegex {

    /** About 0.1 to 0.5 s of matching; a linear pattern over a 1 MB literal needs a few million. */
    static final long STEP_BUDGET = 10_000_000L;

    static final String REGEX_IRI = "urn:newsgraph:function:bounded-regex";
    static final String REPLACE_IRI = "urn:newsgraph:function:bounded-replace";

    static {
        FunctionRegistry.get().put(REGEX_IRI, RegexFunction.class);
        FunctionRegistry.get().put(REPLACE_IRI, ReplaceFunction.class);
    }

    private BoundedRegex() {
    }

    /** The query with every REGEX and REPLACE replaced by its bounded form; the query passed in is not changed. */
    static Query rewrite(Query query) {
        return QueryTransformOps.transform(query, new ElementTransformCopyBase(), new ExprTransformCopy() {
            @Override
            public Expr transform(ExprFunctionN function, ExprList args) {
                if (function instanceof E_Regex) {
                    return new E_Function(REGEX_IRI, args);
                }
                if (function instanceof E_StrReplace) {
                    return new E_Function(REPLACE_IRI, args);
                }
                return super.transform(function, args);
            }
        });
    }

    /** {@code REGEX(text, pattern [, flags])}. */
    public static final class RegexFunction extends FunctionBase {
        private final Patterns patterns = new Patterns();

        @Override
        public void checkBuild(String uri, ExprList args) {
            if (args.size() < 2 || args.size() > 3) {
                throw new org.apache.jena.query.QueryBuildException("REGEX takes 2 or 3 arguments");
            }
        }

        @Override
        public NodeValue exec(List<NodeValue> args) {
            String text = lexical(args.get(0), "REGEX");
            Pattern pattern = patterns.get(args.get(1), args.size() > 2 ? args.get(2) : null);
            return NodeValue.booleanReturn(pattern.matcher(new CountedText(text)).find());
        }
    }

    /** {@code REPLACE(text, pattern, replacement [, flags])}, keeping the text's language tag. */
    public static final class ReplaceFunction extends FunctionBase {
        private final Patterns patterns = new Patterns();

        @Override
        public void checkBuild(String uri, ExprList args) {
            if (args.size() < 3 || args.size() > 4) {
                throw new org.apache.jena.query.QueryBuildException("REPLACE takes 3 or 4 arguments");
            }
        }

        @Override
        public NodeValue exec(List<NodeValue> args) {
            NodeValue input = args.get(0);
            String text = lexical(input, "REPLACE");
            Pattern pattern = patterns.get(args.get(1), args.size() > 3 ? args.get(3) : null);
            String replacement = lexical(args.get(2), "REPLACE");
            Matcher matcher = pattern.matcher(new CountedText(text));
            String result;
            try {
                result = matcher.replaceAll(replacement);
            } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
                throw new ExprEvalException("REPLACE: bad replacement '" + replacement + "': " + e.getMessage());
            }
            return input.isLangString() ? NodeValue.makeLangString(result, input.getLang())
                    : NodeValue.makeString(result);
        }
    }

    private static String lexical(NodeValue value, String function) {
        if (value.isString()) {
            return value.getString();
        }
        if (value.isLangString()) {
            return value.asNode().getLiteralLexicalForm();
        }
        throw new ExprEvalException(function + ": not a string: " + value);
    }

    /** The last pattern compiled: in practice a query's pattern is a constant, compiled once. */
    private static final class Patterns {
        private String lastKey;
        private Pattern last;

        synchronized Pattern get(NodeValue pattern, NodeValue flags) {
            String regex = lexical(pattern, "REGEX");
            String flagText = flags == null ? "" : lexical(flags, "REGEX");
            String key = flagText + "\u0000" + regex;
            if (!key.equals(lastKey)) {
                last = compile(regex, flagText);
                lastKey = key;
            }
            return last;
        }

        private static Pattern compile(String regex, String flags) {
            int javaFlags = 0;
            for (char flag : flags.toCharArray()) {
                javaFlags |= switch (flag) {
                    case 'i' -> Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
                    case 's' -> Pattern.DOTALL;
                    case 'm' -> Pattern.MULTILINE;
                    case 'x' -> Pattern.COMMENTS;
                    case 'q' -> Pattern.LITERAL;
                    default -> throw new ExprEvalException("REGEX: unknown flag '" + flag + "'");
                };
            }
            try {
                return Pattern.compile(regex, javaFlags);
            } catch (PatternSyntaxException e) {
                throw new ExprEvalException("REGEX: bad pattern '" + regex + "': " + e.getDescription());
            }
        }
    }

    /** The text of one match, cancelling the query when the matcher has read it too often. */
    private static final class CountedText implements CharSequence {
        private final String text;
        private final long[] steps;
        private final int start;
        private final int end;

        CountedText(String text) {
            this(text, new long[1], 0, text.length());
        }

        private CountedText(String text, long[] steps, int start, int end) {
            this.text = text;
            this.steps = steps;
            this.start = start;
            this.end = end;
        }

        @Override
        public char charAt(int index) {
            if (++steps[0] > STEP_BUDGET) {
                throw new QueryCancelledException();
            }
            return text.charAt(start + index);
        }

        @Override
        public int length() {
            return end - start;
        }

        @Override
        public CharSequence subSequence(int from, int to) {
            return new CountedText(text, steps, start + from, start + to);
        }

        @Override
        public String toString() {
            return text.substring(start, end);
        }
    }
}
