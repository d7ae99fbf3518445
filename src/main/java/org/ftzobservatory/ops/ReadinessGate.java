package org.ftzobservatory.ops;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

import org.ftzobservatory.kernel.RequestIds;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Until the node is ready (migrations run, bundled dataset imported: Spring marks readiness after the start-up
 * runners), every request but the probes answers 503 with a problem detail and {@code Retry-After}, instead of the
 * empty lists a half-started node would serve.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
class ReadinessGate extends OncePerRequestFilter {

    private final ApplicationAvailability availability;

    ReadinessGate(ApplicationAvailability availability) {
        this.availability = availability;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (availability.getReadinessState() == ReadinessState.ACCEPTING_TRAFFIC
                || request.getRequestURI().startsWith("/actuator/")) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(503);
        response.setHeader("Retry-After", "5");
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("{\"type\":\"https://ftz-observatory.org/problems/not-ready\",\"title\":\"Starting\","
                + "\"status\":503,\"detail\":\"This node is starting: the database is being migrated or the dataset"
                + " imported. Try again in a few seconds.\""
                + RequestIds.current(request).map(id -> ",\"request_id\":\"" + id + "\"").orElse("") + "}");
    }
}
