package org.ftzobservatory.db;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.io.UncheckedIOException;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.datasource.LazyConnectionDataSourceProxy;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * An optional read replica ({@code FTZ_DB_READ_URL}, with {@code FTZ_DB_READ_USER}/{@code FTZ_DB_READ_PASSWORD}
 * defaulting to the primary's). Without it nothing here exists and every query goes to the primary.
 *
 * <p>With it, the application's DataSource becomes a {@link LazyConnectionDataSourceProxy} over the primary pool whose
 * read-only connections come from the replica pool: a transaction marked read-only ({@code readOnly = true}) reads
 * from the replica, everything else (writes, Flyway, imports, sessions, the CLI) uses the primary. {@link Reads} marks
 * the requests that may read slightly old data: anonymous GET and HEAD requests to the public pages and API, each run
 * in one read-only transaction. Signed-in officials read from the primary, so they always see their own writes.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${ftz.db.read-url:}' != ''")
public class ReadReplica {

    private static final Logger log = LoggerFactory.getLogger(ReadReplica.class);

    /** The primary pool, with the replica pool behind it for read-only connections; closes the replica pool. */
    static final class RoutingDataSource extends LazyConnectionDataSourceProxy implements DisposableBean {
        private final HikariDataSource replica;

        RoutingDataSource(HikariDataSource primary, HikariDataSource replica) {
            super(primary);
            this.replica = replica;
            setReadOnlyDataSource(replica);
        }

        @Override
        public void destroy() {
            replica.close();
        }
    }

    @Bean
    @Primary
    RoutingDataSource routingDataSource(HikariDataSource dataSource,
                                        @Value("${ftz.db.read-url}") String url,
                                        @Value("${ftz.db.read-user:${ftz.db.user:postgres}}") String user,
                                        @Value("${ftz.db.read-password:${ftz.db.password:}}") String password,
                                        @Value("${ftz.db.pool-size:10}") int poolSize,
                                        @Value("${ftz.db.connection-timeout-ms:5000}") long connectionTimeoutMs) {
        log.info("Read-only transactions go to the replica at {}", url.replaceAll("password=[^&]*", "password=***"));
        HikariConfig c = new HikariConfig();
        c.setPoolName("ftz-replica");
        c.setMaximumPoolSize(poolSize);
        c.setConnectionTimeout(connectionTimeoutMs);
        c.setJdbcUrl(url);
        c.setUsername(user);
        c.setPassword(password);
        c.setReadOnly(true);
        return new RoutingDataSource(dataSource, new HikariDataSource(c));
    }

    @Bean
    Reads replicaReads(PlatformTransactionManager transactions) {
        return new Reads(transactions);
    }

    /**
     * Runs anonymous GET/HEAD requests (after security has decided who the caller is) in a read-only transaction, so
     * their queries go to the replica. Probes, sign-in and signed-in requests are left on the primary.
     */
    public static final class Reads extends OncePerRequestFilter {
        private final TransactionTemplate readOnly;

        Reads(PlatformTransactionManager transactions) {
            this.readOnly = new TransactionTemplate(transactions);
            this.readOnly.setReadOnly(true);
        }

        @Override
        protected boolean shouldNotFilter(HttpServletRequest request) {
            String m = request.getMethod();
            String path = request.getRequestURI();
            Authentication who = SecurityContextHolder.getContext().getAuthentication();
            boolean anonymous = who == null || who instanceof AnonymousAuthenticationToken || !who.isAuthenticated();
            return !(m.equals("GET") || m.equals("HEAD")) || !anonymous || path.startsWith("/actuator")
                    || path.startsWith("/login") || path.startsWith("/logout") || path.startsWith("/me");
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            try {
                readOnly.executeWithoutResult(status -> {
                    try {
                        chain.doFilter(request, response);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    } catch (ServletException e) {
                        throw new WrappedServletException(e);
                    }
                });
            } catch (UncheckedIOException e) {
                throw e.getCause();
            } catch (WrappedServletException e) {
                throw (ServletException) e.getCause();
            }
        }

        private static final class WrappedServletException extends RuntimeException {
            WrappedServletException(ServletException e) {
                super(e);
            }
        }
    }
}
