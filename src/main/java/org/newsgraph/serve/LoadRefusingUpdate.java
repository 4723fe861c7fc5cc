package org.newsgraph.serve;

import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_Update;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.sparql.modify.request.UpdateLoad;
import org.apache.jena.update.Update;
import org.apache.jena.update.UpdateFactory;
import org.apache.jena.update.UpdateRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Fuseki's SPARQL Update, refusing {@code LOAD <url>} with 403 unless the server allows it: LOAD makes the server
 * itself fetch any URL it can reach, including {@code file:} URLs of its own disk and services of its private
 * network, and store what it finds. The update is parsed here first; one that does not parse goes on to Fuseki,
 * which reports the syntax error as usual. The body has already passed the server's body limit.
 */
final class LoadRefusingUpdate extends SPARQL_Update {

    private static final Logger LOG = LoggerFactory.getLogger(LoadRefusingUpdate.class);

    @Override
    protected void execute(HttpAction action, InputStream input) {
        byte[] body;
        try {
            body = input.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String text = new String(body, StandardCharsets.UTF_8);
        UpdateRequest request = null;
        try {
            request = UpdateFactory.create(text, "http://localhost/");
        } catch (QueryParseException e) {
            // Fuseki parses it again below and answers 400 with the position of the error.
        }
        if (request != null) {
            for (Update update : request.getOperations()) {
                if (update instanceof UpdateLoad load) {
                    LOG.warn("refused LOAD <{}> from {}", load.getSource(), action.getRequest().getRemoteAddr());
                    ServletOps.errorForbidden("LOAD is refused by this server: it would fetch <" + load.getSource()
                            + "> into the store; start the server with --allow-load to permit it");
                }
            }
        }
        super.execute(action, new ByteArrayInputStream(body));
    }
}
