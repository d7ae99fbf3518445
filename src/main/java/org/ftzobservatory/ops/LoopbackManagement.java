package org.ftzobservatory.ops;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.net.InetAddress;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Probes and metrics ({@code /actuator/**}) on the application port answer callers on this machine only: they tell
 * an outsider how the node is built and loaded. An operator opens them with {@code ftz.management.open=true}, or moves
 * them to their own port with {@code --management.server.port} (that port is then the operator's to fence).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 3)
class LoopbackManagement extends OncePerRequestFilter {

    private final boolean open;

    LoopbackManagement(@Value("${ftz.management.open:false}") boolean open) {
        this.open = open;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return open || !request.getRequestURI().startsWith("/actuator");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (InetAddress.getByName(request.getRemoteAddr()).isLoopbackAddress()) {
            chain.doFilter(request, response);
        } else {
            response.sendError(404);
        }
    }
}
