package org.ftzobservatory.bench;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.ftzobservatory.innovations.InnovationQuery;
import org.ftzobservatory.innovations.InnovationRepository;
import org.ftzobservatory.innovations.SearchFacetCache;
import org.ftzobservatory.kernel.Paging;
import org.ftzobservatory.search.SearchPhrases;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Prints {@code EXPLAIN (ANALYZE, BUFFERS)} of every statement the case search runs for the given queries, against a
 * database the search benchmark filled (external PostgreSQL, {@code -Dftz.bench.reuse=true}). Not a timing: each
 * statement is explained with the parameters the search bound, then run as usual. Writes target/bench/search-explain.txt.
 *
 * <pre>mvn -o -q test -Dtest=SearchExplain -Dftz.bench.db-url=jdbc:postgresql://127.0.0.1:5432/DB "-Dftz.bench.explain=保税维修;tax refund;数据 | zone=shanghai" (queries separated by ";", filters after " | ", see BenchQuery)</pre>
 */
class SearchExplain {

    @Test
    void explainSearchStatements() throws Exception {
        String url = System.getProperty("ftz.bench.db-url", "");
        String queries = System.getProperty("ftz.bench.explain", "");
        Assumptions.assumeTrue(!url.isBlank() && !queries.isBlank(), "explain tool: give -Dftz.bench.db-url and -Dftz.bench.explain");
        StringBuilder out = new StringBuilder();
        SingleConnectionDataSource single = new SingleConnectionDataSource(
                new DriverManagerDataSource(url, System.getProperty("ftz.bench.db-user", "postgres"), "").getConnection(), true);
        single.setAutoCommit(true);
        DataSource ds = explaining(single, out);
        JdbcClient jdbc = JdbcClient.create(ds);
        InnovationRepository repo = new InnovationRepository(jdbc, new SearchFacetCache(jdbc), new SearchPhrases(jdbc), new org.ftzobservatory.innovations.CaseFacetIndex(),
                new DataSourceTransactionManager(ds));
        for (String q : queries.split(";")) {
            repo.search(BenchQuery.parse(q), new Paging(1, 20)); // warm: plans below are of a warm run
            out.append("\n======== ").append(q).append(" ========\n");
            EXPLAIN.set(true);
            long t = System.nanoTime();
            long total = repo.search(BenchQuery.parse(q), new Paging(1, 20)).total();
            EXPLAIN.set(false);
            out.append(String.format("-- %s: %,d hits, %.1f ms with the explains%n", q, total, (System.nanoTime() - t) / 1e6));
            // Without the explains: where a search's time goes, in the statements (executing them and fetching their
            // rows) or in this process.
            int n = Integer.getInteger("ftz.bench.explain.rounds", 20);
            long[] all = new long[n];
            long[] sql = new long[n];
            for (int i = 0; i < n; i++) {
                SQL_NANOS.set(0L);
                long s = System.nanoTime();
                repo.search(BenchQuery.parse(q), new Paging(1, 20));
                all[i] = System.nanoTime() - s;
                sql[i] = SQL_NANOS.get();
            }
            java.util.Arrays.sort(all);
            java.util.Arrays.sort(sql);
            out.append(String.format("-- %s, %d runs without explains: median %.2f ms a search, of which %.2f ms executing statements%n",
                    q, n, all[n / 2] / 1e6, sql[n / 2] / 1e6));
        }
        single.destroy();
        System.out.println(out);
        Files.createDirectories(Path.of("target/bench"));
        Files.writeString(Path.of("target/bench/search-explain.txt"), out.toString());
    }

    private static final ThreadLocal<Boolean> EXPLAIN = ThreadLocal.withInitial(() -> false);
    private static final ThreadLocal<Long> SQL_NANOS = ThreadLocal.withInitial(() -> 0L);

    /** A data source whose prepared queries are first explained, with the same parameters, on the same connection. */
    private static DataSource explaining(DataSource real, StringBuilder out) {
        return (DataSource) Proxy.newProxyInstance(SearchExplain.class.getClassLoader(), new Class<?>[] {DataSource.class},
                (p, m, a) -> {
                    Object r = call(m, real, a);
                    return r instanceof Connection c ? connection(c, out) : r;
                });
    }

    private static Connection connection(Connection c, StringBuilder out) {
        return (Connection) Proxy.newProxyInstance(SearchExplain.class.getClassLoader(), new Class<?>[] {Connection.class},
                (p, m, a) -> {
                    Object r = call(m, c, a);
                    if (r instanceof PreparedStatement ps && m.getName().equals("prepareStatement")) {
                        return statement(c, ps, (String) a[0], out);
                    }
                    return r;
                });
    }

    private static PreparedStatement statement(Connection c, PreparedStatement ps, String sql, StringBuilder out) {
        List<Object[]> sets = new ArrayList<>();
        return (PreparedStatement) Proxy.newProxyInstance(SearchExplain.class.getClassLoader(), new Class<?>[] {PreparedStatement.class},
                (p, m, a) -> {
                    if (m.getName().startsWith("set") && a != null && a.length >= 2 && a[0] instanceof Integer) {
                        sets.add(new Object[] {m, a});
                    }
                    if (m.getName().startsWith("execute") && EXPLAIN.get() && !sql.strip().toLowerCase().startsWith("set ")) {
                        try (PreparedStatement e = c.prepareStatement("explain (analyze, buffers) " + sql)) {
                            for (Object[] s : sets) {
                                ((Method) s[0]).invoke(e, (Object[]) s[1]);
                            }
                            out.append("\n-- ").append(sql.replaceAll("\\s+", " ")).append('\n');
                            try (ResultSet rs = e.executeQuery()) {
                                while (rs.next()) {
                                    out.append(rs.getString(1)).append('\n');
                                }
                            }
                        }
                    }
                    long start = System.nanoTime();
                    try {
                        return call(m, ps, a);
                    } finally {
                        if (m.getName().startsWith("execute")) {
                            SQL_NANOS.set(SQL_NANOS.get() + System.nanoTime() - start);
                        }
                    }
                });
    }

    private static Object call(Method m, Object target, Object[] args) throws Throwable {
        try {
            return m.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
