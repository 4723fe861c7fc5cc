package org.newsgraph.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.eclipse.jetty.security.PropertyUserStore;
import org.eclipse.jetty.security.UserPrincipal;
import org.eclipse.jetty.util.resource.ResourceFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Properties;

/**
 * HTTP Basic authentication against a password file in the format Fuseki and Jetty use
 * ({@code user: password}, one a line; the password plain, or hashed as {@code MD5:...} or {@code CRYPT:...}), so
 * that the same file serves a standalone Fuseki. Every request needs the name and password of a user in the file,
 * except CORS preflights ({@code OPTIONS}), which browsers send without credentials and which carry no data.
 * <p>
 * A request with wrong credentials is refused with 401 and logged with the client's address and the user name
 * given; one without credentials is refused the same way but logged only in verbose output, since every browser
 * asks once without them.
 */
final class BasicAuthFilter implements Filter {

    private static final Logger LOG = LoggerFactory.getLogger(BasicAuthFilter.class);
    static final String REALM = "newsgraph";

    private final PropertyUserStore users;
    private final Path file;

    private BasicAuthFilter(PropertyUserStore users, Path file) {
        this.users = users;
        this.file = file;
    }

    /**
     * The users of {@code file}.
     *
     * @throws ServeException when the file cannot be read or names no user
     */
    static BasicAuthFilter fromFile(Path file) {
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new ServeException("cannot read the password file " + file, false, null);
        }
        Properties entries = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            entries.load(reader);
        } catch (IOException | IllegalArgumentException e) {
            throw new ServeException("cannot read the password file " + file + ": " + e.getMessage(), false, e);
        }
        if (entries.isEmpty()) {
            throw new ServeException("the password file " + file + " names no user; add lines 'user: password'",
                    false, null);
        }
        PropertyUserStore users = new PropertyUserStore();
        users.setConfig(ResourceFactory.root().newResource(file.toAbsolutePath()));
        try {
            users.start();
        } catch (Exception e) {
            throw new ServeException("cannot read the password file " + file + ": " + e.getMessage(), false, e);
        }
        return new BasicAuthFilter(users, file);
    }

    Path file() {
        return file;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!(request instanceof HttpServletRequest http) || "OPTIONS".equals(http.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        String header = http.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            LOG.debug("asked {} {} from {} for credentials", http.getMethod(), http.getRequestURI(),
                    http.getRemoteAddr());
            challenge((HttpServletResponse) response, "this server needs a user name and password (HTTP Basic)");
            return;
        }
        String user = null;
        boolean accepted = false;
        try {
            String pair = new String(Base64.getDecoder().decode(header.substring(6).strip()),
                    StandardCharsets.UTF_8);
            int colon = pair.indexOf(':');
            if (colon > 0) {
                user = pair.substring(0, colon);
                UserPrincipal principal = users.getUserPrincipal(user);
                accepted = principal != null && principal.authenticate(pair.substring(colon + 1));
            }
        } catch (IllegalArgumentException e) {
            // Not Base64: refused below like any wrong credentials.
        }
        if (!accepted) {
            LOG.warn("refused {} {} from {}: wrong user name or password{}", http.getMethod(), http.getRequestURI(),
                    http.getRemoteAddr(), user == null ? " (malformed credentials)" : " for user '" + printable(user)
                            + "'");
            challenge((HttpServletResponse) response, "wrong user name or password");
            return;
        }
        chain.doFilter(request, response);
    }

    /** A user name as it may appear in a log line: no line breaks or control characters from the client. */
    private static String printable(String user) {
        String shown = user.replaceAll("\\p{Cntrl}", "?");
        return shown.length() > 64 ? shown.substring(0, 64) + "..." : shown;
    }

    private static void challenge(HttpServletResponse response, String message) throws IOException {
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setHeader("WWW-Authenticate", "Basic realm=\"" + REALM + "\", charset=\"UTF-8\"");
        response.setContentType("text/plain");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().println(message);
        response.getWriter().flush();
    }
}
