package org.newsgraph.graph;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One HTML file that shows the projection in a browser without a network: the page (template, style and script
 * under {@code src/main/resources/graph/}), Cytoscape.js from its WebJar on the class path, and the graph as JSON.
 * <p>
 * Article text is only ever JSON inside a non-executable script element, escaped so it cannot close that element,
 * and the page's script puts it into the document as text. A Content-Security-Policy that admits only the two
 * inlined scripts by their hashes backs that up: an injected script or event handler would not run either.
 */
final class HtmlViewer {

    private static final String WEBJAR_PROPERTIES = "/META-INF/maven/org.webjars.npm/cytoscape/pom.properties";
    private static final String WEBJAR_SCRIPT = "/META-INF/resources/webjars/cytoscape/%s/dist/cytoscape.min.js";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{(\\w+)}}");

    void write(Projection projection, OutputStream out) {
        String libraryVersion = libraryVersion();
        String library = scriptText(resource(WEBJAR_SCRIPT.formatted(libraryVersion)));
        String viewer = scriptText(resource("/graph/viewer.js"));
        String policy = "default-src 'none'; script-src " + hash(library) + " " + hash(viewer)
                + "; style-src 'unsafe-inline'; img-src data: blob:; base-uri 'none'; form-action 'none'";
        Map<String, String> values = Map.of(
                "libraryVersion", libraryVersion,
                "contentSecurityPolicy", policy,
                "style", resource("/graph/viewer.css"),
                "data", CytoscapeJson.forScriptElement(CytoscapeJson.viewerData(projection)),
                "library", library,
                "viewer", viewer);
        String page = fill(resource("/graph/viewer.html"), values);
        try {
            out.write(page.getBytes(StandardCharsets.UTF_8));
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the HTML viewer: " + e.getMessage(), e);
        }
    }

    /**
     * The template with each placeholder replaced in one pass, so that a value containing "{{library}}" stays text.
     */
    static String fill(String template, Map<String, String> values) {
        Matcher matcher = PLACEHOLDER.matcher(template);
        StringBuilder page = new StringBuilder(template.length() + values.values().stream()
                .mapToInt(String::length).sum());
        while (matcher.find()) {
            String value = values.get(matcher.group(1));
            if (value == null) {
                throw new IllegalStateException("the viewer template uses an unknown placeholder " + matcher.group());
            }
            matcher.appendReplacement(page, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(page);
        return page.toString();
    }

    /**
     * Script text that cannot end its element early. The sequence never occurs in the scripts as shipped; should a
     * new version carry it inside a string, {@code <\/script} means the same to JavaScript.
     */
    private static String scriptText(String script) {
        return script.replaceAll("(?i)</(script)", "<\\\\/$1").replace("<!--", "<\\!--");
    }

    private static String libraryVersion() {
        try (InputStream in = HtmlViewer.class.getResourceAsStream(WEBJAR_PROPERTIES)) {
            if (in == null) {
                throw new IllegalStateException("the Cytoscape.js WebJar (org.webjars.npm:cytoscape) is not on the "
                        + "class path; rebuild newsgraph with Maven");
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the Cytoscape.js WebJar: " + e.getMessage(), e);
        }
    }

    private static String resource(String path) {
        try (InputStream in = HtmlViewer.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path + "; rebuild newsgraph with Maven");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path + ": " + e.getMessage(), e);
        }
    }

    private static String hash(String script) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(script.getBytes(StandardCharsets.UTF_8));
            return "'sha256-" + Base64.getEncoder().encodeToString(digest) + "'";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java runtime", e);
        }
    }
}
