package org.ftzobservatory.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;

import org.ftzobservatory.cli.FtzCli;
import org.ftzobservatory.testing.ScratchDatabases;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14 §2: export → import into an empty database → export gives byte-identical files. Runs the CLI as an operator
 * would, on two fresh databases of the machine's PostgreSQL (127.0.0.1:5432, trust auth); skipped outside CI when no
 * server listens there.
 */
class RoundTripIT {

    static final ScratchDatabases DBS = new ScratchDatabases("rt");

    @TempDir
    Path tmp;

    @Test
    void exportImportExportIsByteIdentical() throws Exception {
        ScratchDatabases.assumeServer();
        String first = DBS.create("a");
        String second = DBS.create("b");
        Path out1 = tmp.resolve("out1");
        Path out2 = tmp.resolve("out2");
        cli("import", "data", "--ftz.db.url=" + first);
        publishFacts(first);
        cli("export", out1.toString(), "--ftz.db.url=" + first);
        cli("import", out1.toString(), "--ftz.db.url=" + second);
        cli("export", out2.toString(), "--ftz.db.url=" + second);

        List<String> files1 = relativeFiles(out1);
        assertThat(files1).hasSizeGreaterThan(5);
        assertThat(relativeFiles(out2)).isEqualTo(files1);
        for (String f : files1) {
            assertThat(Files.readAllBytes(out2.resolve(f))).as(f).isEqualTo(Files.readAllBytes(out1.resolve(f)));
        }
        // Issue 13 §2: facts published from the review queue travel with their provenance, the withdrawn one too.
        assertThat(Files.readString(out1.resolve("review/published-documents.yaml"))).contains("沪府规〔2026〕7号")
                .contains("document: 通知.txt").contains("accepted_by: rt-curator");
        assertThat(Files.readString(out1.resolve("review/published-statistics.yaml"))).contains("qualifier: 以上")
                .contains("reason: misread");
        try (Connection c = DriverManager.getConnection(second, "postgres", ""); Statement st = c.createStatement();
             java.sql.ResultSet rs = st.executeQuery("select (select count(*) from published_document where source_sha256 = '" + SHA
                     + "'), (select count(*) from published_statistic where withdrawn_at is not null), "
                     + "(select count(*) from public_statistic where origin = 'review')")) {
            rs.next();
            assertThat(List.of(rs.getInt(1), rs.getInt(2), rs.getInt(3))).containsExactly(1, 1, 1);
        }
    }

    static final String SHA = "0123456789abcdef".repeat(4);

    /** Two figures (one withdrawn) and a 文号 as the review queue publishes them, written straight into the database. */
    private static void publishFacts(String url) throws Exception {
        try (Connection c = DriverManager.getConnection(url, "postgres", ""); Statement s = c.createStatement()) {
            s.execute("insert into published_document (fact_key, doc_number, issuer_code, number_year, number_serial, source_name, "
                    + "source_sha256, span_start, span_end, quote, accepted_by, accepted_at) values ('0123456789abcdef:10-24', "
                    + "'沪府规〔2026〕7号', '沪府规', 2026, 7, '通知.txt', '" + SHA + "', 10, 24, '沪府规〔2026〕7 号', 'rt-curator', "
                    + "'2026-12-06T10:00:00.123456Z')");
            String columns = "insert into published_statistic (fact_key, indicator_id, indicator_zh, indicator_en, zone_ref, ftz_id, "
                    + "year, value, unit, approx, qualifier, raw, scope, scope_kind, scope_zh, scope_en, source_name, source_sha256, "
                    + "span_start, span_end, accepted_by, accepted_at, withdrawn_by, withdrawn_at, withdraw_reason) values ";
            s.execute(columns + "('0123456789abcdef:30-35', 'fdi_actual_use', '实际使用外资（人民币）', 'Actual use of foreign investment (RMB)', "
                    + "'shanghai', 'shanghai', 2021, 213000000000, 'CNY', false, null, '2130 亿元', 'zone:shanghai', 'zone', "
                    + "'上海自贸试验区', 'Shanghai FTZ', '通知.txt', '" + SHA + "', 30, 35, 'rt-curator', '2026-12-06T10:01:00Z', "
                    + "null, null, null)");
            s.execute(columns + "('0123456789abcdef:40-45', 'new_enterprises_yoy', '新增企业同比增速', 'New enterprises, year on year', "
                    + "'shanghai/lingang', 'shanghai', 2021, 60, '%', false, '以上', '60%以上', 'sub-zone:shanghai/lingang', 'sub-zone', "
                    + "'上海自贸试验区临港新片区', 'Lingang (Shanghai FTZ)', '通知.txt', '" + SHA + "', 40, 45, 'rt-curator', "
                    + "'2026-12-06T10:02:00Z', 'rt-admin', '2026-12-06T11:00:00Z', 'misread')");
        }
    }

    private static void cli(String... args) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        String[] all = Stream.concat(Stream.of(args), Stream.of("--ftz.db.user=postgres")).toArray(String[]::new);
        int code = new FtzCli(new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8))
                .run(all);
        assertThat(code).as(String.join(" ", args) + ": " + err.toString(StandardCharsets.UTF_8)).isZero();
    }

    private static List<String> relativeFiles(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString()).sorted().toList();
        }
    }

    @AfterAll
    static void dropDatabases() throws Exception {
        DBS.dropAll();
    }
}
