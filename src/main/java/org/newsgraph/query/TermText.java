package org.newsgraph.query;

import org.apache.jena.datatypes.RDFDatatype;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.shared.PrefixMapping;

import java.math.BigDecimal;

/** How one RDF term reads in a table: a literal's text without quotes or datatype, a short IRI, a blank node label. */
public final class TermText {

    private TermText() {
    }

    public static String of(Node term, PrefixMapping prefixes) {
        if (term == null) {
            return "";
        }
        if (term.isLiteral()) {
            return literalText(term);
        }
        if (term.isURI()) {
            return QueryPrefixes.shorten(term.getURI(), prefixes);
        }
        if (term.isBlank()) {
            return "_:" + term.getBlankNodeLabel();
        }
        if (term.isTripleTerm()) {
            Triple triple = term.getTriple();
            return "<<( " + of(triple.getSubject(), prefixes) + " " + of(triple.getPredicate(), prefixes) + " "
                    + of(triple.getObject(), prefixes) + " )>>";
        }
        return term.toString();
    }

    /** Doubles print as 0.8 rather than their canonical lexical form 0.8e0; every other literal as written. */
    private static String literalText(Node literal) {
        RDFDatatype datatype = literal.getLiteralDatatype();
        if ((datatype.equals(XSDDatatype.XSDdouble) || datatype.equals(XSDDatatype.XSDfloat))
                && datatype.isValid(literal.getLiteralLexicalForm())) {
            double value = ((Number) literal.getLiteralValue()).doubleValue();
            if (Double.isFinite(value)) {
                return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
            }
        }
        return literal.getLiteralLexicalForm();
    }
}
