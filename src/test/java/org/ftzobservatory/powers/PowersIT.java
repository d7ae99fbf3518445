package org.ftzobservatory.powers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.zaxxer.hikari.HikariDataSource;
import org.ftzobservatory.cli.FtzCli;
import org.ftzobservatory.kernel.InvalidDatasetException;
import org.ftzobservatory.security.Official;
import org.ftzobservatory.security.OfficialStore;
import org.ftzobservatory.security.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The delegated-powers timeline: additions, removals and re-additions answered exactly for any day; bad input; roles. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "ftz.import-on-start=true", "ftz.db.embedded.dir=target/test-pg-tasks", "ftz.db.embedded.clean=true",
        "ftz.clock.today=2021-12-31", "ftz.tasks.max-size=1MB"})
class PowersIT {

    static final String HEADER = "catalogue,power_id,name_zh,department,kind,zone,mode,action,effective\n";
    static final Official ADMIN = new Official(0, "powers-admin", Role.NATIONAL_ADMIN, null);
    static final Official GUANGDONG = new Official(0, "powers-gd", Role.PROVINCE_REVIEWER, "guangdong");

    @LocalServerPort
    int port;
    @Autowired
    PowerService service;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    OfficialStore officials;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    HikariDataSource dataSource;
    @TempDir
    Path tmp;

    Path csv(String name, String rows) throws Exception {
        return Files.writeString(tmp.resolve(name), HEADER + rows, StandardCharsets.UTF_8);
    }

    List<String> at(String zone, String date) {
        return service.at(zone, date).stream().map(DelegatedPower::powerId).toList();
    }

    @Test
    void theTimelineAnswersAdditionsRemovalsAndReAdditionsForAnyDay() throws Exception {
        service.importFile(csv("t1.csv", """
                nansha-third-batch,ns-1,船舶营业运输证配发,省交通运输厅,licence,guangdong/nansha,approval_bureau,add,2021-03-01
                nansha-third-batch,ns-2,外国人工作许可,省科技厅,licence,guangdong/nansha,one_window,add,2021-03-01
                nansha-third-batch,ns-1,船舶营业运输证配发,省交通运输厅,licence,guangdong/nansha,approval_bureau,remove,2021-05-01
                nansha-third-batch,ns-1,船舶营业运输证配发,省交通运输厅,licence,guangdong/nansha,approval_bureau,add,2021-07-01
                nansha-third-batch,gd-1,全省通用事项,省商务厅,other,guangdong,,add,2021-01-01
                """), "t1.csv", GUANGDONG, m -> { });
        assertThat(at("guangdong/nansha", "2021-02-28")).containsExactly("gd-1");
        assertThat(at("guangdong/nansha", "2021-03-01")).containsExactlyInAnyOrder("gd-1", "ns-1", "ns-2");
        assertThat(at("guangdong/nansha", "2021-06-30")).as("removed on 05-01").containsExactlyInAnyOrder("gd-1", "ns-2");
        assertThat(at("guangdong/nansha", "2021-07-01")).as("re-added").containsExactlyInAnyOrder("gd-1", "ns-1", "ns-2");
        assertThat(at("guangdong/hengqin", "2021-07-01")).as("the FTZ's grant reaches every sub-zone").containsExactly("gd-1");
        assertThat(service.store().timeline("guangdong/nansha")).hasSize(5);
        for (String lang : List.of("zh", "en")) {
            HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                    + "/powers?zone=guangdong/nansha&date=2021-06-30&lang=" + lang)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("外国人工作许可").doesNotContain("ns-1<").contains(lang.equals("en") ? "In force since" : "生效日期");
        }

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = new FtzCli(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream()))
                .run("powers", "at", "--zone", "guangdong/nansha", "--date", "2021-06-30", "--format", "json",
                        "--ftz.db.url=" + dataSource.getJdbcUrl(), "--ftz.db.user=" + dataSource.getUsername());
        assertThat(code).isEqualTo(FtzCli.OK);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("\"count\" : 2").contains("\"power_id\" : \"ns-2\"").doesNotContain("\"ns-1\"");
    }

    @Test
    void aRemovalOfWhatIsNotDelegatedOrAnUnknownZoneRollsTheWholeFileBack() throws Exception {
        int before = jdbc.queryForObject("select count(*) from power_event", Integer.class);
        Path bad = csv("bad.csv", """
                henan-provincial-powers,hn-1,兽药经营许可,省农业农村厅,licence,henan/luoyang,,add,2021-04-01
                henan-provincial-powers,hn-2,事项二,省商务厅,licence,henan/luoyang,,remove,2021-04-01
                henan-provincial-powers,hn-3,事项三,省商务厅,licence,atlantis,,add,2021-02-30
                no-such-catalogue,hn-4,事项四,,permit,henan,,add,2021-04-01
                """);
        InvalidDatasetException e = org.assertj.core.api.Assertions.catchThrowableOfType(InvalidDatasetException.class,
                () -> service.importFile(bad, "bad.csv", ADMIN, m -> { }));
        assertThat(e.problems()).extracting(Object::toString).contains(
                "bad.csv:3: action: power hn-2 is not delegated to henan/luoyang on 2021-04-01",
                "bad.csv:4: zone: unknown zone 'atlantis'",
                "bad.csv:4: effective: '2021-02-30' is not a date (YYYY-MM-DD)",
                "bad.csv:5: department: is required",
                "bad.csv:5: kind: unknown kind 'permit'")
                .anySatisfy(p -> assertThat(p).startsWith("bad.csv:5: catalogue: unknown catalogue 'no-such-catalogue'"));
        assertThat(jdbc.queryForObject("select count(*) from power_event", Integer.class)).isEqualTo(before);
    }

    @Test
    void aBackDatedEventMustAlsoFitTheNextEvent() throws Exception {
        service.importFile(csv("later.csv", """
                henan-provincial-powers,hn-bd,事项,省商务厅,licence,henan/luoyang,,add,2021-06-01
                henan-provincial-powers,hn-bd,事项,省商务厅,licence,henan/luoyang,,remove,2021-09-01
                """), "later.csv", ADMIN, m -> { });
        int before = jdbc.queryForObject("select count(*) from power_event", Integer.class);
        Path back = csv("back.csv", """
                henan-provincial-powers,hn-bd,事项,省商务厅,licence,henan/luoyang,,add,2021-03-01
                """);
        InvalidDatasetException e = org.assertj.core.api.Assertions.catchThrowableOfType(InvalidDatasetException.class,
                () -> service.importFile(back, "back.csv", ADMIN, m -> { }));
        assertThat(e).as("an addition before a later addition would make two additions in a row").isNotNull();
        assertThat(e.problems()).extracting(Object::toString).containsExactly(
                "back.csv:2: action: power hn-bd is added to henan/luoyang again on 2021-06-01; record its removal before that first");
        Path backRemoval = csv("back-removal.csv", """
                henan-provincial-powers,hn-bd,事项,省商务厅,licence,henan/luoyang,,remove,2021-07-01
                """);
        e = org.assertj.core.api.Assertions.catchThrowableOfType(InvalidDatasetException.class,
                () -> service.importFile(backRemoval, "back-removal.csv", ADMIN, m -> { }));
        assertThat(e).as("a removal before a later removal would make two removals in a row").isNotNull();
        assertThat(e.problems()).extracting(Object::toString).containsExactly(
                "back-removal.csv:2: action: power hn-bd is removed from henan/luoyang again on 2021-09-01; record its re-addition before that first");
        assertThat(jdbc.queryForObject("select count(*) from power_event", Integer.class)).isEqualTo(before);
        service.importFile(csv("fits.csv", """
                henan-provincial-powers,hn-bd,事项,省商务厅,licence,henan/luoyang,,add,2021-01-01
                henan-provincial-powers,hn-bd,事项,省商务厅,licence,henan/luoyang,,remove,2021-03-01
                """), "fits.csv", ADMIN, m -> { });
        assertThat(at("henan/luoyang", "2021-02-01")).as("a back-dated add and remove that fit").contains("hn-bd");
        assertThat(at("henan/luoyang", "2021-04-01")).doesNotContain("hn-bd");
        assertThat(at("henan/luoyang", "2021-06-01")).contains("hn-bd");
    }

    @Test
    void theExportedCsvAndXlsxImportBackIntoTheSameTimeline() throws Exception {
        service.importFile(csv("rt.csv", """
                dalian-city-powers,rt-1,港口经营许可,市交通局,licence,liaoning/dalian,management_committee,add,2020-05-01
                dalian-city-powers,rt-2,"名称含逗号, 和\"\"引号\"\"\",市商务局,public_service,liaoning/dalian,,add,2020-05-01
                dalian-city-powers,rt-1,港口经营许可,市交通局,licence,liaoning/dalian,management_committee,remove,2020-09-01
                dalian-city-powers,rt-1,港口经营许可,市交通局,licence,liaoning/dalian,management_committee,add,2021-02-01
                """), "rt.csv", ADMIN, m -> { });
        List<String> before = events();
        assertThat(before).hasSizeGreaterThanOrEqualTo(4).anySatisfy(e -> assertThat(e).contains("名称含逗号, 和\"引号\""));
        assertThat(new PowerExport(service.store()).export(tmp)).isEqualTo(before.size());
        for (String file : List.of(PowerExport.BASENAME + ".csv", PowerExport.BASENAME + ".xlsx")) {
            jdbc.update("delete from power_event");
            PowerService.Result r = service.importFile(tmp.resolve(file), file, ADMIN, m -> { });
            assertThat(r.rows()).as(file).isEqualTo(before.size());
            assertThat(events()).as(file + " gives back the same timeline").isEqualTo(before);
        }
        assertThat(at("liaoning/dalian", "2020-10-01")).contains("rt-2").doesNotContain("rt-1");
    }

    /** Every event as its fields, without the row id (a re-import numbers rows anew). */
    List<String> events() {
        return service.store().all().stream().map(e -> String.join("|", e.catalogue(), e.powerId(), e.nameZh(), e.department(),
                e.kind(), e.zone(), String.valueOf(e.mode()), e.action(), e.effective().toString())).toList();
    }

    @Test
    void recordingNeedsAReviewerInScope() throws Exception {
        for (String[] o : new String[][] {{"pw-editor", "ZONE_EDITOR", "henan"}, {"pw-shanghai", "PROVINCE_REVIEWER", "shanghai"},
                {"pw-henan", "PROVINCE_REVIEWER", "henan"}}) {
            if (!officials.exists(o[0])) {
                officials.create(o[0], encoder.encode("x"), Role.valueOf(o[1]), o[2]);
            }
        }
        String row = "henan-provincial-powers,hn-auth,事项,省商务厅,licence,henan,,add,2021-04-01\n";
        assertThat(post(null, row).statusCode()).isEqualTo(401);
        assertThat(post("pw-editor", row).statusCode()).isEqualTo(403);
        HttpResponse<String> r = post("pw-shanghai", row);
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("outside your scope");
        assertThat(post("pw-henan", row).statusCode()).isEqualTo(200);
        assertThat(post("pw-henan", row).body()).as("the same event again is unchanged").contains("\"unchanged\":1");
    }

    @Test
    void theReportsCataloguesAreCitedAggregatesWithoutItems() {
        List<String> figures = service.store().catalogues().stream().map(c -> c.id() + "=" + c.items() + c.breakdown()).toList();
        assertThat(figures).contains("anhui-special-list=212{powers=137, public_services=39, intermediary_services=36}",
                "ningbo-city-items-2021=102{departments=11}", "henan-provincial-powers=455{}", "dalian-city-powers=72{}",
                "guangxi-not-delegated-2021=115{}", "nansha-third-batch=52{cases_handled=940}");
        assertThat(service.store().catalogues()).allSatisfy(c -> assertThat(c.source()).startsWith("ftz-report-2022:"));
    }

    HttpResponse<String> post(String who, String row) throws Exception {
        String boundary = "----ftz" + System.nanoTime();
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"p.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n" + HEADER + row + "\r\n--" + boundary + "--\r\n";
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/delegated-powers/import"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (who != null) {
            long id = officials.byName(who).orElseThrow().official().id();
            b.header("Authorization", "Bearer " + officials.createToken(id, "test"));
        }
        return HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString());
    }
}
