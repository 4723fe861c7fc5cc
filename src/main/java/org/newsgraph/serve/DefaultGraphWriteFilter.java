package org.newsgraph.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * Refuses Graph Store Protocol writes aimed at the default graph ({@code PUT/POST/DELETE ...?default}) with 403 and
 * the reason, before Fuseki sees them. {@link UnionDefaultDataset} refuses those writes too, but Fuseki reports a
 * refused DELETE as done (204) and other refusals as server errors; a client deserves to be told plainly.
 */
final class DefaultGraphWriteFilter implements Filter {

    private static final Set<String> WRITES = Set.of("PUT", "POST", "DELETE", "PATCH");

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request instanceof HttpServletRequest http && WRITES.contains(http.getMethod())
                && namesTheDefaultGraph(http.getQueryString())) {
            HttpServletResponse refusal = (HttpServletResponse) response;
            refusal.setStatus(HttpServletResponse.SC_FORBIDDEN);
            refusal.setContentType("text/plain");
            refusal.setCharacterEncoding(StandardCharsets.UTF_8.name());
            refusal.getWriter().println(UnionDefaultDataset.DEFAULT_GRAPH_IS_UNION);
            refusal.getWriter().flush();
            return;
        }
        chain.doFilter(request, response);
    }

    /**
     * Looks at the query string only: reading parameters through the request would parse a form-encoded body, which
     * a SPARQL Update sent as a form still needs.
     */
    private static boolean namesTheDefaultGraph(String queryString) {
        if (queryString == null) {
            return false;
        }
        for (String parameter : queryString.split("&")) {
            String name = parameter.contains("=") ? parameter.substring(0, parameter.indexOf('=')) : parameter;
            if (name.equals("default")) {
                return true;
            }
        }
        return false;
    }
}
