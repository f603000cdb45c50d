package org.sitrep.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Makes a graph-store read of {@code ?default} answer the union of all named graphs, as SPARQL queries do
 * ({@code tdb2:unionDefaultGraph}): sitrep keeps every statement in a named graph, so the stored default graph is
 * empty. Only GET and HEAD requests are rewritten, to Fuseki's {@code ?graph=union}.
 */
final class UnionDefaultGraphFilter implements Filter {
    @Override public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request instanceof HttpServletRequest http && isDefaultGraphRead(http)) {
            chain.doFilter(new UnionRequest(http), response);
        } else {
            chain.doFilter(request, response);
        }
    }

    private static boolean isDefaultGraphRead(HttpServletRequest r) {
        String m = r.getMethod();
        return ("GET".equals(m) || "HEAD".equals(m)) && r.getParameter("default") != null && r.getParameter("graph") == null;
    }

    /** The request with {@code default} replaced by {@code graph=union}. */
    private static final class UnionRequest extends HttpServletRequestWrapper {
        private final Map<String, String[]> params;

        UnionRequest(HttpServletRequest r) {
            super(r);
            Map<String, String[]> p = new LinkedHashMap<>(r.getParameterMap());
            p.remove("default");
            p.put("graph", new String[] {"union"});
            params = Collections.unmodifiableMap(p);
        }

        @Override public String getParameter(String name) {
            String[] v = params.get(name);
            return v == null || v.length == 0 ? null : v[0];
        }

        @Override public String[] getParameterValues(String name) {
            String[] v = params.get(name);
            return v == null ? null : v.clone();
        }

        @Override public Map<String, String[]> getParameterMap() { return params; }

        @Override public Enumeration<String> getParameterNames() { return Collections.enumeration(params.keySet()); }

        @Override public String getQueryString() {
            String q = super.getQueryString();
            return q == null ? "graph=union" : q.replaceAll("(^|&)default(=[^&]*)?", "$1graph=union");
        }
    }
}
