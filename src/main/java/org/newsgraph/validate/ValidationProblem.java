package org.newsgraph.validate;

import org.apache.jena.graph.Node;

import java.util.List;

/**
 * One SHACL result, with what a reader needs to find it: the shape that reported it, the node it is about, the
 * property path and offending value when there is one, the shape's message, and the documents whose graphs say
 * something about the node.
 */
public record ValidationProblem(Node shape, Node severity, Node focusNode, String path, Node value, String message,
                                List<String> documents) {

    public ValidationProblem {
        documents = List.copyOf(documents);
    }
}
