package org.newsgraph.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.atlas.web.ContentType;
import org.apache.jena.riot.WebContent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * With {@code --update}, refuses with 403 every request that could change the store when it comes from a web page
 * of another origin. CORS lets pages read the store, and a browser asks first (a preflight) before sending most
 * writes, but an HTML form posting {@code update=DROP ALL} is sent without asking: any page open in a browser on
 * this machine could empty the store. Browsers always name the page's origin in such a request; programs such as
 * {@code newsgraph push}, curl or Jena's clients send no {@code Origin} and are not affected.
 * <p>
 * Reading stays open to every origin: GET anywhere, and POST of a query to {@code /sparql}, {@code /query} or, as
 * {@code application/sparql-query}, to the dataset itself. Everything else (updates, Graph Store writes, forms
 * posted to the dataset, which may carry an update) counts as a write.
 */
final class CrossOriginWriteFilter implements Filter {

    private static final Logger LOG = LoggerFactory.getLogger(CrossOriginWriteFilter.class);

    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");
    private static final Set<String> QUERY_ENDPOINTS = Set.of(NewsGraphServer.DATASET_PATH + "/sparql",
            NewsGraphServer.DATASET_PATH + "/query");

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request instanceof HttpServletRequest http) {
            String origin = http.getHeader("Origin");
            if (origin != null && !isOwnOrigin(http, origin) && !isRead(http)) {
                LOG.warn("refused {} {} from a web page at {}", http.getMethod(), http.getRequestURI(), origin);
                HttpServletResponse refusal = (HttpServletResponse) response;
                refusal.setStatus(HttpServletResponse.SC_FORBIDDEN);
                refusal.setContentType("text/plain");
                refusal.setCharacterEncoding(StandardCharsets.UTF_8.name());
                refusal.getWriter().println("changes from web pages of other origins (here " + origin + ") are "
                        + "refused; send updates from a program, or query with GET or POST to "
                        + NewsGraphServer.DATASET_PATH + "/sparql");
                refusal.getWriter().flush();
                return;
            }
        }
        chain.doFilter(request, response);
    }

    /** A page served from this very host and port: the server serves none, but a proxy in front of it might. */
    private static boolean isOwnOrigin(HttpServletRequest request, String origin) {
        String host = request.getHeader("Host");
        return host != null && origin.equalsIgnoreCase(request.getScheme() + "://" + host);
    }

    private static boolean isRead(HttpServletRequest request) {
        String method = request.getMethod();
        if (READS.contains(method)) {
            return true;
        }
        if (!method.equals("POST")) {
            return false;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (QUERY_ENDPOINTS.contains(path)) {
            return true;
        }
        String contentType = request.getContentType();
        return path.equals(NewsGraphServer.DATASET_PATH) && contentType != null
                && WebContent.contentTypeSPARQLQuery.equalsIgnoreCase(ContentType.create(contentType)
                .getContentTypeStr());
    }
}
