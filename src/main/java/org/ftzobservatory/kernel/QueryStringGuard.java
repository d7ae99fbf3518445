package org.ftzobservatory.kernel;

import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;
import java.util.Optional;

import org.springframework.core.Ordered;
import org.springframework.http.ProblemDetail;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import tools.jackson.databind.ObjectMapper;

/**
 * Refuses a query string whose values are not valid UTF-8 or hold a NUL byte, before anything reads the parameters:
 * Tomcat would throw on the first, PostgreSQL on the second, and both surfaced as 500. The API answers a problem detail
 * naming the parameter; pages go to the site's 400 page.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
public class QueryStringGuard extends OncePerRequestFilter {

    private final ObjectMapper json;

    public QueryStringGuard(ObjectMapper json) {
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<String> bad = firstBadParameter(request.getQueryString());
        if (bad.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        String message = "must be valid UTF-8 text without NUL characters";
        if (request.getRequestURI().startsWith("/api/")) {
            ProblemDetail p = ApiProblemHandler.parameterProblem(bad.get(), message);
            RequestIds.current(request).ifPresent(id -> p.setProperty("request_id", id));
            response.setStatus(400);
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            json.writeValue(response.getWriter(), p);
        } else {
            // The site's 400 page, rendered by /error from a view of the request without the query string: Tomcat
            // would fail again on it while the error page reads a parameter (the language, say).
            HttpServletRequest withoutQuery = new HttpServletRequestWrapper(request) {
                @Override
                public String getQueryString() {
                    return null;
                }

                @Override
                public String getParameter(String name) {
                    return null;
                }

                @Override
                public Map<String, String[]> getParameterMap() {
                    return Map.of();
                }

                @Override
                public Enumeration<String> getParameterNames() {
                    return Collections.emptyEnumeration();
                }

                @Override
                public String[] getParameterValues(String name) {
                    return null;
                }
            };
            withoutQuery.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, 400);
            withoutQuery.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, request.getRequestURI());
            response.setStatus(400);
            request.getRequestDispatcher("/error").forward(withoutQuery, response);
        }
    }

    /** The name of the first parameter whose name or value does not decode; names that do not decode are shown as "?". */
    static Optional<String> firstBadParameter(String query) {
        if (query == null || query.isEmpty()) {
            return Optional.empty();
        }
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            String rawName = eq < 0 ? pair : pair.substring(0, eq);
            Optional<String> name = decode(rawName);
            if (name.isEmpty()) {
                return Optional.of("?");
            }
            if (eq >= 0 && decode(pair.substring(eq + 1)).isEmpty()) {
                return name;
            }
        }
        return Optional.empty();
    }

    /** Strict form decoding: empty when an escape is broken, the bytes are not UTF-8, or the text holds NUL. */
    static Optional<String> decode(String raw) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (i + 2 >= raw.length()) {
                    return Optional.empty();
                }
                int hi = Character.digit(raw.charAt(i + 1), 16);
                int lo = Character.digit(raw.charAt(i + 2), 16);
                if (hi < 0 || lo < 0) {
                    return Optional.empty();
                }
                bytes.write(hi * 16 + lo);
                i += 2;
            } else if (c == '+') {
                bytes.write(' ');
            } else {
                byte[] b = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                bytes.write(b, 0, b.length);
            }
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
            return text.indexOf('\0') >= 0 ? Optional.empty() : Optional.of(text);
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }
}
