package org.ftzobservatory.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Personal API tokens: {@code Authorization: Bearer ftz_…}. A known token signs the request in for this request only (no
 * session); an unknown one is refused at once rather than silently treated as anonymous.
 */
public class ApiTokenFilter extends OncePerRequestFilter {

    private final OfficialStore store;

    public ApiTokenFilter(OfficialStore store) {
        this.store = store;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header != null && header.startsWith("Bearer ")) {
            var official = store.byToken(header.substring(7).trim());
            if (official.isEmpty()) {
                Problems.write(response, 401, "Unauthorized", "unknown or revoked API token");
                return;
            }
            OfficialPrincipal p = new OfficialPrincipal(official.get(), "", true, false);
            SecurityContextHolder.getContext().setAuthentication(
                    UsernamePasswordAuthenticationToken.authenticated(p, null, p.getAuthorities()));
        }
        chain.doFilter(request, response);
    }
}
