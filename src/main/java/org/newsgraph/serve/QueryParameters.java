package org.newsgraph.serve;

import jakarta.servlet.http.HttpServletRequest;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Canned queries that take words: a query file declares each parameter in its header comment as
 * {@code # Parameter ?name: what it is}, and {@code /newsgraph/q/NAME?name=value} puts the value into the query as a
 * plain string literal in place of the variable (never as SPARQL text, so a value cannot change the query). A
 * parameter not given stays an unbound variable, which the query may default with {@code COALESCE}.
 */
final class QueryParameters {

    private static final Pattern DECLARATION = Pattern.compile("^#\\s*Parameter\\s+\\?(\\w+)\\s*:");

    private QueryParameters() {
    }

    static Query bind(Path file, Query query, HttpServletRequest request) {
        Map<Var, Node> values = new HashMap<>();
        for (String name : declared(file)) {
            String value = request.getParameter(name);
            if (value != null) {
                values.put(Var.alloc(name), NodeFactory.createLiteralString(value));
            }
        }
        return values.isEmpty() ? query : QueryTransformOps.replaceVars(query, values);
    }

    private static java.util.List<String> declared(Path file) {
        try (var lines = Files.lines(file, StandardCharsets.UTF_8)) {
            return lines.map(String::strip)
                    .takeWhile(line -> line.startsWith("#") || line.isEmpty())
                    .map(DECLARATION::matcher)
                    .filter(Matcher::find)
                    .map(matcher -> matcher.group(1))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
