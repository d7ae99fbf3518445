package org.ftzobservatory.ops;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.ftzobservatory.kernel.RequestIds;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Keeps the answers of anonymous GET requests to the public pages and API, keyed by the request and the
 * {@link ContentVersion}: a public page is the same for every visitor until something it shows changes, and then the
 * number changes and every kept answer is dropped. Rendering a zone page costs about ten milliseconds of CPU and a
 * dozen queries; replaying it costs a map lookup (the soak of issue 14, bench/README.md).
 *
 * <p>Only what cannot differ between visitors is kept: GET without a session cookie or an {@code Authorization}
 * header, answer 200, no {@code Set-Cookie}, at most {@code ftz.page-cache.max-entry} bytes. The key holds the path,
 * the query, the language cookie, {@code Accept}, {@code Accept-Language} and htmx's request headers. The request id
 * is the current request's. Signed-in officials, the sign-in and review pages, the probes and the static files
 * always go through. The kept bytes are bounded ({@code ftz.page-cache.max-bytes}); when full, the cache starts
 * again empty. An answer is replayed for at most {@code ftz.page-cache.max-age} (60 s), for the pages computed against
 * today's date.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 4)
class PageCache extends OncePerRequestFilter {

    private static final List<String> PASS = List.of("/actuator", "/api/docs", "/login", "/logout", "/me", "/review",
            "/audit", "/css/", "/js/", "/webjars/", "/favicon");
    private static final List<String> KEY_HEADERS = List.of("Accept", "Accept-Language", "HX-Request", "HX-Target",
            "HX-Trigger", "HX-Current-URL", "HX-Boosted");
    /** POSTs that only read (an access check computes a verdict and stores nothing). */
    private static final List<String> READ_ONLY_POSTS = List.of("/api/v1/access-checks");

    record Answer(long version, long keptAt, int status, String contentType, List<Map.Entry<String, String>> headers,
                  byte[] body) {
    }

    private final ContentVersion versions;
    private final boolean enabled;
    private final long maxBytes;
    private final int maxEntry;
    private final long maxAgeNanos;
    private final Map<String, Answer> answers = new ConcurrentHashMap<>();
    private final AtomicLong bytes = new AtomicLong();
    private volatile long keptVersion = -1;
    private final AtomicLong hits = new AtomicLong();
    private final AtomicLong misses = new AtomicLong();

    PageCache(ContentVersion versions, MeterRegistry meters,
              @Value("${ftz.page-cache.enabled:true}") boolean enabled,
              @Value("${ftz.page-cache.max-bytes:67108864}") long maxBytes,
              @Value("${ftz.page-cache.max-entry:1048576}") int maxEntry,
              @Value("${ftz.page-cache.max-age:60s}") java.time.Duration maxAge) {
        this.versions = versions;
        this.enabled = enabled;
        this.maxBytes = maxBytes;
        this.maxEntry = maxEntry;
        this.maxAgeNanos = maxAge.toNanos();
        meters.more().counter("ftz_page_cache_hits", List.of(), hits);
        meters.more().counter("ftz_page_cache_misses", List.of(), misses);
        meters.gauge("ftz_page_cache_bytes", bytes);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String method = request.getMethod();
        if (!"GET".equals(method) && !"HEAD".equals(method) && !"OPTIONS".equals(method)
                && !READ_ONLY_POSTS.contains(request.getRequestURI())) {
            versions.writeStarted();
            try {
                chain.doFilter(request, response);
            } finally {
                versions.writeEnded();
            }
            return;
        }
        if (!enabled || !"GET".equals(method) || !anonymous(request) || passes(request.getRequestURI())) {
            chain.doFilter(request, response);
            return;
        }
        long version = versions.current();
        boolean trusted = versions.trusted();
        String key = key(request);
        Answer kept = trusted ? answers.get(key) : null;
        // Some pages depend on the clock as well as on the tables (overdue tasks, days late): an answer is replayed for
        // at most max-age, so such a page is never older than that after midnight even if nothing was written.
        if (kept != null && kept.version() == version && System.nanoTime() - kept.keptAt() < maxAgeNanos) {
            hits.incrementAndGet();
            replay(kept, response);
            return;
        }
        misses.incrementAndGet();
        ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, wrapper);
        // keep it only if nothing changed while it was computed and the listener was up throughout
        if (trusted && versions.trusted() && versions.current() == version && keepable(wrapper)) {
            keep(key, new Answer(version, System.nanoTime(), wrapper.getStatus(), wrapper.getContentType(), headers(wrapper),
                    wrapper.getContentAsByteArray()));
        }
        wrapper.copyBodyToResponse();
    }

    private static boolean anonymous(HttpServletRequest request) {
        if (request.getHeader("Authorization") != null) {
            return false;
        }
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie c : cookies) {
                if ("SESSION".equals(c.getName()) || "JSESSIONID".equals(c.getName())) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean passes(String uri) {
        for (String p : PASS) {
            if (uri.startsWith(p)) {
                return true;
            }
        }
        return false;
    }

    private static String key(HttpServletRequest request) {
        StringBuilder k = new StringBuilder(request.getRequestURI()).append('?');
        if (request.getQueryString() != null) {
            k.append(request.getQueryString());
        }
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie c : cookies) {
                if ("ftz-lang".equals(c.getName())) {
                    k.append("\u0000lang=").append(c.getValue());
                }
            }
        }
        for (String h : KEY_HEADERS) {
            String v = request.getHeader(h);
            if (v != null) {
                k.append('\u0000').append(h).append('=').append(v);
            }
        }
        return k.toString();
    }

    private boolean keepable(ContentCachingResponseWrapper r) {
        return r.getStatus() == 200 && r.getHeader("Set-Cookie") == null && r.getContentSize() <= maxEntry
                && !String.valueOf(r.getHeader("Cache-Control")).contains("private");
    }

    private static List<Map.Entry<String, String>> headers(HttpServletResponse r) {
        List<Map.Entry<String, String>> out = new ArrayList<>();
        for (String name : r.getHeaderNames()) {
            if (name.equalsIgnoreCase(RequestIds.HEADER) || name.equalsIgnoreCase("Content-Length")
                    || name.equalsIgnoreCase("Content-Type") || name.equalsIgnoreCase("Transfer-Encoding")) {
                continue;
            }
            for (String v : r.getHeaders(name)) {
                out.add(Map.entry(name, v));
            }
        }
        return Collections.unmodifiableList(out);
    }

    private void keep(String key, Answer a) {
        if (a.version() != keptVersion) {
            // a new number: everything kept before it is stale
            synchronized (this) {
                if (a.version() != keptVersion) {
                    answers.clear();
                    bytes.set(0);
                    keptVersion = a.version();
                }
            }
        }
        long size = a.body().length + key.length() * 2L + 256;
        if (bytes.addAndGet(size) > maxBytes) {
            synchronized (this) {
                answers.clear();
                bytes.set(size);
            }
        }
        answers.put(key, a);
    }

    private static void replay(Answer a, HttpServletResponse response) throws IOException {
        response.setStatus(a.status());
        if (a.contentType() != null) {
            response.setContentType(a.contentType());
        }
        for (Map.Entry<String, String> h : a.headers()) {
            response.addHeader(h.getKey(), h.getValue());
        }
        response.setContentLength(a.body().length);
        response.getOutputStream().write(a.body());
    }
}
