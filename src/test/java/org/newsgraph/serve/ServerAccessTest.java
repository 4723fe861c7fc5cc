package org.newsgraph.serve;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.query.QueryRunner;
import org.newsgraph.store.GraphStore;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Who may use the server: HTTP Basic against a password file, updates refused on the network without it, LOAD. */
class ServerAccessTest {

    private static final String COUNT = "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }";
    private static final String JSON = "application/sparql-results+json";

    @TempDir
    Path temp;

    @Test
    void withAPasswordFileOnlyItsUsersGetAnswersAndRefusalsAreLogged() throws IOException {
        Path passwords = Files.writeString(temp.resolve("passwd"),
                "# users of the test server\nreader: open sesame\nhashed: MD5:" + md5("hashed secret") + "\n");
        try (GraphStore store = GraphStore.openForReading(ServeFixtures.storeWithTwoDocuments(temp.resolve("db")));
             NewsGraphServer server = NewsGraphServer.start(store, QueryRunner.standard(),
                     ServeSettings.defaults().withPort(0).withPasswordFile(passwords));
             CapturedLog log = new CapturedLog()) {
            String sparql = server.urls().sparql();

            HttpResponse<String> anonymous = Http.post(sparql, "application/sparql-query", COUNT, "Accept", JSON);
            assertEquals(401, anonymous.statusCode(), anonymous.body());
            assertTrue(anonymous.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic realm="),
                    anonymous.headers().toString());

            HttpResponse<String> wrong = Http.post(sparql, "application/sparql-query", COUNT, "Accept", JSON,
                    "Authorization", basic("reader", "guess"));
            assertEquals(401, wrong.statusCode(), wrong.body());
            assertFalse(wrong.body().contains("\"n\""), wrong.body());

            HttpResponse<String> right = Http.post(sparql, "application/sparql-query", COUNT, "Accept", JSON,
                    "Authorization", basic("reader", "open sesame"));
            assertEquals(200, right.statusCode(), right.body());
            assertTrue(Http.rows(right.body()).get(0).get("n").getLiteralLexicalForm().matches("[1-9]\\d*"),
                    right.body());

            HttpResponse<String> hashed = Http.get(server.urls().cannedQueryList(),
                    "Authorization", basic("hashed", "hashed secret"));
            assertEquals(200, hashed.statusCode(), hashed.body());
            HttpResponse<String> cannedAnonymous = Http.get(server.urls().cannedQueryList());
            assertEquals(401, cannedAnonymous.statusCode(), "canned queries are protected too");
            HttpResponse<String> pingAnonymous = Http.get(server.urls().ping());
            assertEquals(401, pingAnonymous.statusCode(), "so is the health check");

            String logged = log.text();
            assertTrue(logged.lines().anyMatch(line -> line.startsWith("WARN ") && line.contains("user 'reader'")
                    && line.contains("127.0.0.1")), logged);
            assertFalse(logged.contains("open sesame") || logged.contains("guess"), "no password is logged: "
                    + logged);
        }
    }

    @Test
    void updatesOnTheNetworkNeedAPasswordFile() {
        try (GraphStore store = GraphStore.open(ServeFixtures.storeWithTwoDocuments(temp.resolve("db")),
                GraphStore.Access.UPDATE)) {
            ServeException refused = assertThrows(ServeException.class, () -> NewsGraphServer.start(store,
                    QueryRunner.standard(), ServeSettings.defaults().withHost("0.0.0.0").withPort(0)
                            .withUpdate(true)));
            assertTrue(refused.getMessage().contains("--password-file"), refused.getMessage());
        }
    }

    @Test
    void anUnreadableOrEmptyPasswordFileStopsTheStartWithOneLine() throws IOException {
        Path empty = Files.writeString(temp.resolve("empty"), "# nobody\n");
        try (GraphStore store = GraphStore.openForReading(ServeFixtures.storeWithTwoDocuments(temp.resolve("db")))) {
            ServeException none = assertThrows(ServeException.class, () -> NewsGraphServer.start(store,
                    QueryRunner.standard(), ServeSettings.defaults().withPort(0).withPasswordFile(empty)));
            assertTrue(none.getMessage().contains("names no user"), none.getMessage());
            ServeException missing = assertThrows(ServeException.class, () -> NewsGraphServer.start(store,
                    QueryRunner.standard(), ServeSettings.defaults().withPort(0)
                            .withPasswordFile(temp.resolve("absent"))));
            assertTrue(missing.getMessage().contains("absent"), missing.getMessage());
        }
    }

    @Test
    void loadIsRefusedUnlessAllowed() throws IOException {
        Path data = Files.writeString(temp.resolve("outside.nt"),
                "<urn:x:outside> <urn:x:says> \"fetched from disk\" .\n");
        String load = "LOAD <" + data.toUri() + "> INTO GRAPH <urn:x:loaded>";
        Path folder = ServeFixtures.storeWithTwoDocuments(temp.resolve("db"));
        try (GraphStore store = GraphStore.open(folder, GraphStore.Access.UPDATE)) {
            try (NewsGraphServer server = NewsGraphServer.start(store, QueryRunner.standard(),
                    ServeSettings.defaults().withPort(0).withUpdate(true))) {
                HttpResponse<String> refused = Http.post(server.urls().update().orElseThrow(),
                        "application/sparql-update", load);
                assertEquals(403, refused.statusCode(), refused.body());
                assertTrue(refused.body().contains("--allow-load"), refused.body());
                HttpResponse<String> asForm = Http.post(server.urls().update().orElseThrow(),
                        "application/x-www-form-urlencoded",
                        "update=" + java.net.URLEncoder.encode(load, StandardCharsets.UTF_8));
                assertEquals(403, asForm.statusCode(), asForm.body());
                HttpResponse<String> other = Http.post(server.urls().update().orElseThrow(),
                        "application/sparql-update", "INSERT DATA { GRAPH <urn:x:g> { <urn:x:a> <urn:x:b> 1 } }");
                assertEquals(2, other.statusCode() / 100, "other updates still run: " + other.body());
            }
            assertFalse(store.<Boolean>read(dataset -> dataset.containsNamedModel("urn:x:loaded")),
                    "nothing was loaded");
            try (NewsGraphServer server = NewsGraphServer.start(store, QueryRunner.standard(),
                    ServeSettings.defaults().withPort(0).withUpdate(true).withAllowLoad(true))) {
                HttpResponse<String> allowed = Http.post(server.urls().update().orElseThrow(),
                        "application/sparql-update", load);
                assertEquals(2, allowed.statusCode() / 100, allowed.body());
            }
            assertTrue(store.<Boolean>read(dataset -> dataset.containsNamedModel("urn:x:loaded")));
        }
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password)
                .getBytes(StandardCharsets.UTF_8));
    }

    private static String md5(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
