package org.newsgraph.query;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.shared.PrefixMapping;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TermTextTest {

    private final PrefixMapping prefixes = QueryPrefixes.standard();

    @Test
    void literalsShowTheirText() {
        assertEquals("Russia", TermText.of(NodeFactory.createLiteralLang("Russia", "en"), prefixes));
        assertEquals("2016-12-18", TermText.of(NodeFactory.createLiteralDT("2016-12-18", XSDDatatype.XSDdate),
                prefixes));
        assertEquals("0.8", TermText.of(NodeFactory.createLiteralDT("0.8e0", XSDDatatype.XSDdouble), prefixes));
        assertEquals("12", TermText.of(NodeFactory.createLiteralDT("12", XSDDatatype.XSDinteger), prefixes));
        assertEquals("not-a-number", TermText.of(NodeFactory.createLiteralDT("not-a-number",
                XSDDatatype.XSDdouble), prefixes), "an ill-formed literal is shown as written");
    }

    @Test
    void irisAreShortenedWhenTheirNamespaceIsKnown() {
        assertEquals("ng:Person", TermText.of(NodeFactory.createURI("https://w3id.org/newsgraph/ontology#Person"),
                prefixes));
        assertEquals("ngr:country/russia", TermText.of(
                NodeFactory.createURI("https://w3id.org/newsgraph/id/country/russia"), prefixes));
        assertEquals("<http://example.org/x>", TermText.of(NodeFactory.createURI("http://example.org/x"), prefixes));
        assertEquals("", TermText.of(null, prefixes), "an unbound variable is an empty cell");
    }

    @Test
    void tableCellsStayOnOneLine() {
        TextTable table = new TextTable(List.of("quote", "n")).alignRight(1).maxCellWidth(10);
        table.addRow(List.of("We cannot\nsupport it,\tsaid Churkin", "7"));
        table.addRow(List.of("short", "12"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        table.print(new PrintStream(out, true, StandardCharsets.UTF_8));
        assertEquals("""
                quote        n
                ----------  --
                We cannot…   7
                short       12
                """, out.toString(StandardCharsets.UTF_8));
    }
}
