package org.newsgraph.validate;

import org.apache.jena.rdf.model.Model;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * The outcome of validating a store: whether it conforms, each problem, and the full SHACL report (a W3C
 * {@code sh:ValidationReport}) to write as Turtle.
 */
public record ValidationResult(Path shapesFile, int shapes, long triples, int documents, boolean conforms,
                               List<ValidationProblem> problems, Model report, Duration elapsed) {

    public ValidationResult {
        problems = List.copyOf(problems);
    }
}
