package org.ftzobservatory.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;

import org.ftzobservatory.FtzApplication;
import org.ftzobservatory.cli.FtzCli;
import org.ftzobservatory.testing.ScratchDatabases;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Issue 14 §5: with FTZ_DB_READ_URL set, anonymous reads go to the replica and writes (and signed-in reads) to the
 * primary. Two databases of the machine's PostgreSQL stand in for them: the "replica" is a copy of the primary whose
 * zone names carry a marker and which refuses writes (default_transaction_read_only, as a hot standby would), so each
 * answer shows which database it came from.
 */
class ReadReplicaRoutingIT {

    static final ScratchDatabases DBS = new ScratchDatabases("replica");
    static String primary;
    static String replica;
    static ConfigurableApplicationContext app;
    static int port;
    static String token;

    @BeforeAll
    static void twoDatabases() throws Exception {
        ScratchDatabases.assumeServer();
        primary = DBS.create("primary");
        cli(null, "import", "data", "--ftz.db.url=" + primary);
        cli(new ByteArrayInputStream("replica-test-password\n".getBytes(StandardCharsets.UTF_8)), "user", "add", "--role",
                "NATIONAL_ADMIN", "--name", "replica-admin", "--ftz.db.url=" + primary);
        token = cli(null, "user", "token", "--name", "replica-admin", "--ftz.db.url=" + primary).strip();
        // The stored negative lists, which a serving node writes at its first start: a real replica would have them.
        cli(null, "diff-lists", "national-2021", "ftz-2021", "--stored", "--ftz.db.url=" + primary);
        replica = DBS.create("replica");
        String name = replica.substring(replica.lastIndexOf('/') + 1);
        try (Connection c = DriverManager.getConnection(ScratchDatabases.SERVER + "postgres", "postgres", "");
             Statement s = c.createStatement()) {
            s.execute("drop database " + name);
            s.execute("create database " + name + " template " + primary.substring(primary.lastIndexOf('/') + 1));
        }
        new JdbcTemplate(new DriverManagerDataSource(replica, "postgres", "")).update("update ftz set name_en = name_en || ' [replica]'");
        try (Connection c = DriverManager.getConnection(ScratchDatabases.SERVER + "postgres", "postgres", "");
             Statement s = c.createStatement()) {
            s.execute("alter database " + name + " set default_transaction_read_only = on");
        }
        app = new SpringApplicationBuilder(FtzApplication.class).run("--server.port=0", "--ftz.db.url=" + primary,
                "--ftz.db.user=postgres", "--ftz.db.read-url=" + replica, "--ftz.import-on-start=true");
        port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
    }

    @AfterAll
    static void stop() throws Exception {
        if (app != null) {
            app.close();
        }
        DBS.dropAll();
    }

    @Test
    void anonymousReadsComeFromTheReplica() throws Exception {
        assertThat(get("/api/v1/zones/shanghai", null).body()).contains("[replica]");
        // Pages and the other public reads work on a database that refuses writes.
        for (String path : List.of("/api/v1/zones", "/api/v1/documents?q=%E8%B4%B8%E6%98%93", "/api/v1/search?q=%E6%B5%B7%E5%85%B3",
                "/api/v1/innovations", "/api/v1/statistics", "/api/v1/negative-lists", "/", "/zones", "/zones/shanghai",
                "/documents", "/innovations", "/access", "/negative-lists", "/chronicle", "/tasks", "/powers", "/replication")) {
            HttpResponse<String> r = get(path, null);
            assertThat(r.statusCode()).as(path + ": " + r.body()).isEqualTo(200);
        }
    }

    @Test
    void signedInReadsAndAllWritesUseThePrimary() throws Exception {
        assertThat(get("/api/v1/zones/shanghai", token).body()).doesNotContain("[replica]");
        HttpResponse<String> created = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/api/v1/innovation-records")).header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString("{\"zone\":\"henan/zhengzhou\",\"title_zh\":\"写入主库\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String sql = "select count(*) from innovation_record where title_zh = '写入主库'";
        assertThat(new JdbcTemplate(new DriverManagerDataSource(primary, "postgres", "")).queryForObject(sql, Integer.class)).isEqualTo(1);
        assertThat(new JdbcTemplate(new DriverManagerDataSource(replica, "postgres", "")).queryForObject(sql, Integer.class)).isZero();
    }

    private static HttpResponse<String> get(String path, String bearer) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (bearer != null) {
            b.header("Authorization", "Bearer " + bearer);
        }
        return HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String cli(ByteArrayInputStream in, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        String[] all = java.util.stream.Stream.concat(java.util.stream.Stream.of(args), java.util.stream.Stream.of("--ftz.db.user=postgres"))
                .toArray(String[]::new);
        int code = new FtzCli(in == null ? new ByteArrayInputStream(new byte[0]) : in, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(all);
        assertThat(code).as(String.join(" ", args) + ": " + err.toString(StandardCharsets.UTF_8)).isZero();
        return out.toString(StandardCharsets.UTF_8);
    }
}
