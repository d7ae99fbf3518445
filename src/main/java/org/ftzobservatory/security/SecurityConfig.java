package org.ftzobservatory.security;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may do what over HTTP. Published data is public to read; every write needs a signed-in official (form sign-in with
 * a session in PostgreSQL, or a personal API token), and the replication service then checks role and scope per object.
 * Forms carry CSRF tokens; API calls without a session cookie cannot be forged cross-site, so they need none.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
public class SecurityConfig {

    /** Reads that show owners, audit trails or work in progress: for signed-in officials only. */
    static final String[] SIGNED_IN_READS = {"/api/v1/replication-tasks/**", "/api/v1/audit/**", "/api/v1/bulletins/**",
            "/replication/tasks/**", "/replication/bulletin/**", "/replication/records/new", "/replication/records/*/case", "/me",
            "/api/v1/review/**", "/review", "/review/**", "/api/v1/best-practice-batches/*/history"};

    @Bean
    public PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    @Bean
    public SecurityFilterChain filterChain(HttpSecurity http, OfficialStore store) throws Exception {
        PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
        RequestMatcher api = paths.matcher("/api/**");
        RequestMatcher noSessionCookie = SecurityConfig::hasNoSessionCookie;
        http.addFilterBefore(new ApiTokenFilter(store), UsernamePasswordAuthenticationFilter.class)
                .authorizeHttpRequests(a -> a
                        .requestMatchers(HttpMethod.GET, SIGNED_IN_READS).authenticated()
                        .requestMatchers(HttpMethod.GET, "/**").permitAll()
                        .requestMatchers(HttpMethod.HEAD, "/**").permitAll()
                        // A check is a question, not a write: nothing is stored.
                        .requestMatchers(HttpMethod.POST, "/api/v1/access-checks").permitAll()
                        .anyRequest().authenticated())
                .formLogin(f -> f.loginPage("/login").permitAll())
                .logout(l -> l.logoutSuccessUrl("/"))
                .csrf(c -> c.ignoringRequestMatchers(request -> api.matches(request) && noSessionCookie.matches(request)))
                .exceptionHandling(e -> e
                        .defaultAuthenticationEntryPointFor((req, res, ex) -> Problems.write(res, 401, "Unauthorized",
                                "sign in, or send a personal API token (Authorization: Bearer ftz_...)"), api)
                        .defaultAccessDeniedHandlerFor((req, res, ex) -> Problems.write(res, 403, "Forbidden",
                                ex.getMessage() == null ? "not allowed" : ex.getMessage()), api));
        return http.build();
    }

    private static boolean hasNoSessionCookie(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return true;
        }
        for (Cookie c : cookies) {
            if (c.getName().equals("SESSION") || c.getName().equals("JSESSIONID")) {
                return false;
            }
        }
        return true;
    }
}
