package org.newsgraph.query;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.RowSetStream;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.util.NodeCmp;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;

/**
 * The answer to one query, copied out of the store's transaction so it can be written after the store is closed.
 * Tables show each term as a reader wants it (a literal's text, an IRI shortened with a known prefix); csv, tsv and
 * json are Jena's writers of the SPARQL 1.1 result formats.
 */
public sealed interface QueryResult {

    /** Writes the result; see {@link #supports} first, since RDF results cannot be written as csv or tsv. */
    void write(OutputStream out, ResultFormat format, boolean wide);

    boolean supports(ResultFormat format);

    /** Rows of a SELECT query, in the query's order. */
    record Select(List<Var> variables, List<Binding> rows, PrefixMapping prefixes) implements QueryResult {

        public Select {
            variables = List.copyOf(variables);
            rows = List.copyOf(rows);
        }

        @Override
        public boolean supports(ResultFormat format) {
            return true;
        }

        @Override
        public void write(OutputStream out, ResultFormat format, boolean wide) {
            switch (format) {
                case TABLE -> writeTable(printStream(out), wide);
                case CSV -> ResultSetFormatter.outputAsCSV(out, resultSet());
                case TSV -> ResultSetFormatter.outputAsTSV(out, resultSet());
                case JSON -> ResultSetFormatter.outputAsJSON(out, resultSet());
            }
            flush(out);
        }

        private ResultSet resultSet() {
            return ResultSet.adapt(RowSetStream.create(variables, rows.iterator()));
        }

        private void writeTable(PrintStream out, boolean wide) {
            TextTable table = new TextTable(variables.stream().map(Var::getVarName).toList());
            if (wide) {
                table.maxCellWidth(Integer.MAX_VALUE);
            }
            boolean[] numeric = new boolean[variables.size()];
            Arrays.fill(numeric, !rows.isEmpty());
            for (Binding row : rows) {
                List<String> cells = new ArrayList<>(variables.size());
                for (int column = 0; column < variables.size(); column++) {
                    Node value = row.get(variables.get(column));
                    cells.add(TermText.of(value, prefixes));
                    // Short-circuit: a column with one word in it is text, and testing each cell costs.
                    numeric[column] = numeric[column] && (value == null || isNumber(value));
                }
                table.addRow(cells);
            }
            for (int column = 0; column < numeric.length; column++) {
                if (numeric[column]) {
                    table.alignRight(column);
                }
            }
            table.print(out);
            out.println(rows.isEmpty() ? "no results" : rows.size() == 1 ? "1 row" : rows.size() + " rows");
            out.flush();
        }

        private static boolean isNumber(Node value) {
            return value.isLiteral() && NodeValue.makeNode(value).isNumber();
        }
    }

    /** The answer to an ASK query. */
    record Ask(boolean answer) implements QueryResult {

        @Override
        public boolean supports(ResultFormat format) {
            return true;
        }

        @Override
        public void write(OutputStream out, ResultFormat format, boolean wide) {
            switch (format) {
                case TABLE -> {
                    PrintStream print = printStream(out);
                    print.println(answer ? "yes" : "no");
                    print.flush();
                }
                case CSV -> ResultSetFormatter.outputAsCSV(out, answer);
                case TSV -> ResultSetFormatter.outputAsTSV(out, answer);
                case JSON -> ResultSetFormatter.outputAsJSON(out, answer);
            }
            flush(out);
        }
    }

    /** The graph built by a CONSTRUCT or DESCRIBE query. */
    record Graph(Model model) implements QueryResult {

        @Override
        public boolean supports(ResultFormat format) {
            return format == ResultFormat.TABLE || format == ResultFormat.JSON;
        }

        private static final Comparator<Triple> SUBJECT_PREDICATE_OBJECT =
                Comparator.comparing(Triple::getSubject, NodeCmp::compareRDFTerms)
                        .thenComparing(Triple::getPredicate, NodeCmp::compareRDFTerms)
                        .thenComparing(Triple::getObject, NodeCmp::compareRDFTerms);

        @Override
        public void write(OutputStream out, ResultFormat format, boolean wide) {
            switch (format) {
                case TABLE -> RDFDataMgr.write(out, inStableOrder(), Lang.TURTLE);
                case JSON -> RDFDataMgr.write(out, inStableOrder(), Lang.JSONLD);
                case CSV, TSV -> throw new IllegalArgumentException(
                        "a graph cannot be written as " + format.label() + "; use table (Turtle) or json (JSON-LD)");
            }
            flush(out);
        }

        /**
         * The writers follow the graph's own order, which in Jena's in-memory graphs comes from the order the
         * triples were added: the store's engine and a parser reading a server's answer add the same triples in
         * different orders. Added in sorted order, the same triples print the same, from the store or a server;
         * so do the prefixes, which JSON-LD lists in the order they were set. The graph lists the triples added last
         * first, so adding them in descending order prints them ascending.
         */
        private Model inStableOrder() {
            List<Triple> triples = new ArrayList<>(model.getGraph().find().toList());
            triples.sort(SUBJECT_PREDICATE_OBJECT.reversed());
            Model ordered = ModelFactory.createDefaultModel();
            new TreeMap<>(model.getNsPrefixMap()).forEach(ordered::setNsPrefix);
            triples.forEach(ordered.getGraph()::add);
            return ordered;
        }
    }

    private static PrintStream printStream(OutputStream out) {
        return out instanceof PrintStream print ? print : new PrintStream(out, false, StandardCharsets.UTF_8);
    }

    private static void flush(OutputStream out) {
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
