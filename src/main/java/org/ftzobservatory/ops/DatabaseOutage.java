package org.ftzobservatory.ops;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.ftzobservatory.kernel.RequestIds;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.HtmlUtils;

/**
 * While PostgreSQL is unreachable a request answers 503 with {@code Retry-After} — a problem detail for API clients, a
 * short page for browsers — not a 500: the node is healthy and serves again by itself once the pool reconnects
 * (readiness reports DOWN meanwhile through its {@code db} check).
 *
 * <p>Without help every request would wait the pool's connection timeout before failing, and a page whose error page
 * needs the database would wait twice. So once a request has failed for want of the database, the others answer 503
 * at once, while a single request at a time goes through to find out whether the database is back. The answer is
 * written here, without the error page's layout, so it needs no database.
 */
@Component
class DatabaseOutage extends OncePerRequestFilter implements HandlerExceptionResolver, Ordered {

    private static final Logger log = LoggerFactory.getLogger(DatabaseOutage.class);

    private final MessageSource messages;
    private final LocaleResolver locales;
    /** When a request last failed for want of the database (nanoTime), 0 while the database answers. */
    private final AtomicLong downSince = new AtomicLong();
    private final AtomicBoolean probing = new AtomicBoolean();

    DatabaseOutage(MessageSource messages, LocaleResolver locales) {
        this.messages = messages;
        this.locales = locales;
    }

    /** Connection refused, dropped or timed out, server shutting down: the database, not the request, failed. */
    static boolean isOutage(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof DataAccessResourceFailureException || t instanceof CannotCreateTransactionException
                    || t instanceof TransientDataAccessResourceException || t instanceof RecoverableDataAccessException
                    || t instanceof SQLTransientConnectionException
                    // the rollback or commit itself failed: the connection went away under the transaction
                    || t instanceof TransactionSystemException) {
                return true;
            }
            if (t instanceof SQLException s && s.getSQLState() != null
                    && (s.getSQLState().startsWith("08") || s.getSQLState().startsWith("57P"))) {
                return true;
            }
        }
        return false;
    }

    // ---- the filter: answers at once while the database is known to be down; catches failures of filters and views

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean probe = false;
        if (downSince.get() != 0 && !request.getRequestURI().startsWith("/actuator")) {
            if (!probing.compareAndSet(false, true)) {
                write(request, response);
                return;
            }
            probe = true;
        }
        try {
            chain.doFilter(request, response);
            if (probe && response.getStatus() != 503) {
                downSince.set(0);
                log.info("database reachable again");
            }
        } catch (ServletException | RuntimeException e) {
            if (!isOutage(e) || response.isCommitted()) {
                throw e;
            }
            answer(e, request, response);
        } finally {
            if (probe) {
                probing.set(false);
            }
        }
    }

    // ---- the resolver: ahead of the @ExceptionHandler methods (order 0), whose catch-all would answer 500

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

    /**
     * As a resolver: after Boot's error attributes (highest precedence), which only note the exception. As a filter:
     * after the request id, before security (whose token and session filters read the database).
     */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 1;
    }

    private void answer(Throwable e, HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (downSince.compareAndSet(0, System.nanoTime())) {
            // One line, no stack trace: the cause is the same for every request until the database is back.
            log.warn("database unavailable ({}); answering 503 until it is back", rootMessage(e));
        }
        write(request, response);
    }

    private void write(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.resetBuffer();
        response.setStatus(503);
        response.setHeader("Retry-After", "5");
        response.setCharacterEncoding("UTF-8");
        String accept = String.valueOf(request.getHeader("Accept"));
        Locale locale = locales.resolveLocale(request);
        if (!request.getRequestURI().startsWith("/api/") && accept.contains("text/html")) {
            response.setContentType("text/html;charset=UTF-8");
            String lang = HtmlUtils.htmlEscape(locale.getLanguage());
            String title = HtmlUtils.htmlEscape(messages.getMessage("faults.outage.title", null, locale));
            String text = HtmlUtils.htmlEscape(messages.getMessage("faults.outage.text", null, locale));
            response.getWriter().write("<!DOCTYPE html><html lang=\"" + lang + "\"><head><meta charset=\"utf-8\"><title>" + title
                    + "</title></head><body><main><h1>" + title + "</h1><p>" + text + "</p></main></body></html>");
            return;
        }
        response.setContentType("application/problem+json");
        response.getWriter().write("{\"type\":\"https://ftz-observatory.org/problems/database-unavailable\",\"title\":\"Service"
                + " unavailable\",\"status\":503,\"detail\":\"The database cannot be reached; this node serves again as soon as"
                + " it is back. Try again in a few seconds.\""
                + RequestIds.current(request).map(id -> ",\"request_id\":\"" + id + "\"").orElse("") + "}");
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName() + ": " + t.getMessage();
    }
}
