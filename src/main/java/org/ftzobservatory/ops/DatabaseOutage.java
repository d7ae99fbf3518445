package org.ftzobservatory.ops;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * While PostgreSQL is unreachable a request answers 503 (problem detail for API clients, the site's error page for
 * browsers, both from the error controller, with {@code Retry-After}), not a 500: the node is healthy and will serve
 * again by itself as soon as the pool reconnects. Readiness reports DOWN meanwhile (the {@code db} check). Caught in
 * two places: controllers (before the API's catch-all 500 handler) and filters that read the database (API tokens,
 * sessions).
 */
final class DatabaseOutage {

    private static final Logger log = LoggerFactory.getLogger(DatabaseOutage.class);

    private DatabaseOutage() {
    }

    /** Connection refused, dropped or timed out, server shutting down: the database, not the request, failed. */
    static boolean isOutage(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof DataAccessResourceFailureException || t instanceof CannotCreateTransactionException
                    || t instanceof TransientDataAccessException || t instanceof SQLTransientConnectionException) {
                return true;
            }
            if (t instanceof SQLException s && s.getSQLState() != null
                    && (s.getSQLState().startsWith("08") || s.getSQLState().startsWith("57P"))) {
                return true;
            }
        }
        return false;
    }

    static void answer(Throwable e, HttpServletRequest request, HttpServletResponse response) throws IOException {
        // One line, no stack trace: an outage floods the log otherwise, and the cause is the same for every request.
        log.warn("database unavailable, answered 503 to {} {}: {}", request.getMethod(), request.getRequestURI(), rootMessage(e));
        response.setHeader("Retry-After", "5");
        response.sendError(503);
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName() + ": " + t.getMessage();
    }

    /**
     * Ahead of the @ExceptionHandler methods (Spring's resolvers run at order 0), whose catch-all would answer 500; after
     * Boot's error attributes (highest precedence), which only note the exception.
     */
    @Component
    static class Resolver implements HandlerExceptionResolver, Ordered {
        @Override
        public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler, Exception e) {
            if (!isOutage(e) || response.isCommitted()) {
                return null;
            }
            try {
                answer(e, request, response);
            } catch (IOException io) {
                return null;
            }
            return new ModelAndView();
        }

        @Override
        public int getOrder() {
            return Ordered.HIGHEST_PRECEDENCE + 1;
        }
    }

    /** For the filters that read the database before any controller runs (tokens, sessions). */
    @Component
    @Order(Ordered.HIGHEST_PRECEDENCE + 4)
    static class Filter extends OncePerRequestFilter {
        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            try {
                chain.doFilter(request, response);
            } catch (ServletException | RuntimeException e) {
                if (!isOutage(e) || response.isCommitted()) {
                    throw e;
                }
                answer(e, request, response);
            }
        }
    }
}
