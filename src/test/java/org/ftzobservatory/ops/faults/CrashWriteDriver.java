package org.ftzobservatory.ops.faults;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ftzobservatory.cli.FtzCli;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Issue 14 §2, crash-safe writes: while {@code ftz serve} (a child JVM) takes a burst of replication writes (create a
 * record, submit it, put it under evaluation) and review writes (ingest a text, reject its candidates in bulk), it is
 * killed with SIGKILL. Afterwards every write that got a 2xx is in the database with its audit event, and no write is
 * half there: every record's audit trail matches its version, every ingested document has its ingest event, every
 * decided candidate exactly one decision event, every audit event its object.
 */
public final class CrashWriteDriver {

    /** A write the client saw acknowledged (2xx), with what the answer said. */
    record Ack(String kind, long id, int version, String state) {
    }

    public record Round(int round, long killedAfterMs, int acked, int unanswered, List<String> violations) {
    }

    private static final Pattern ID = Pattern.compile("\"id\":(\\d+)");
    private static final Pattern VERSION = Pattern.compile("\"version\":(\\d+)");

    private final Path home;
    private final String dbUrl;
    private final PrintStream log;
    private final JdbcTemplate jdbc;
    private String token;
    private final AtomicInteger refusals = new AtomicInteger();

    public CrashWriteDriver(Path home, String dbUrl, PrintStream log) {
        this.home = home;
        this.dbUrl = dbUrl;
        this.log = log;
        this.jdbc = new JdbcTemplate(new DriverManagerDataSource(dbUrl, "postgres", ""));
    }

    /** A national admin with a personal token, made with the CLI as an operator would (this also migrates the schema). */
    public void prepare() {
        String[] db = {"--ftz.db.url=" + dbUrl, "--ftz.db.user=postgres"};
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int add = new FtzCli(new ByteArrayInputStream("crash-test-password\n".getBytes(StandardCharsets.UTF_8)),
                new PrintStream(new ByteArrayOutputStream()), new PrintStream(err)).run(concat(db, "user", "add", "--role",
                "NATIONAL_ADMIN", "--name", "crash-admin"));
        require(add == 0, "user add: " + err);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int tok = new FtzCli(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err))
                .run(concat(db, "user", "token", "--name", "crash-admin"));
        require(tok == 0, "user token: " + err);
        token = out.toString(StandardCharsets.UTF_8).strip();
    }

    /**
     * One round: serve, a burst of {@code workers} writers, SIGKILL {@code killAfterMs} after the first {@code minAcks}
     * writes were acknowledged, then the checks.
     */
    public Round round(int n, int port, int workers, int minAcks, long killAfterMs) throws Exception {
        ConcurrentLinkedQueue<Ack> acks = new ConcurrentLinkedQueue<>();
        AtomicInteger unanswered = new AtomicInteger();
        AtomicBoolean stop = new AtomicBoolean();
        long killedAt;
        try (ChildFtz server = ChildFtz.start(home, "serve", "--port", String.valueOf(port), "--ftz.db.url=" + dbUrl,
                "--ftz.db.user=postgres", "--logging.level.root=WARN")) {
            require(server.awaitHttp200("http://127.0.0.1:" + port + "/actuator/health/readiness", Duration.ofMinutes(5)),
                    "server never became ready: " + server.tail());
            String base = "http://127.0.0.1:" + port + "/api/v1";
            List<Thread> threads = new ArrayList<>();
            for (int w = 0; w < workers; w++) {
                int worker = w;
                Thread t = new Thread(() -> writeUntilStopped(base, n, worker, acks, unanswered, stop));
                t.start();
                threads.add(t);
            }
            long t0 = System.nanoTime();
            long deadline = t0 + Duration.ofMinutes(5).toNanos();
            while (acks.size() < minAcks && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            Thread.sleep(killAfterMs);
            server.kill();
            killedAt = (System.nanoTime() - t0) / 1_000_000;
            stop.set(true);
            for (Thread t : threads) {
                t.join(60_000);
            }
        }
        List<String> violations = check(new ArrayList<>(acks));
        Round r = new Round(n, killedAt, acks.size(), unanswered.get(), violations);
        log.printf("round %2d  killed %5d ms into the burst  acknowledged writes %4d  cut off %2d  violations %d%s%n", n, killedAt,
                r.acked(), r.unanswered(), violations.size(), violations.isEmpty() ? "" : ": " + violations.subList(0, Math.min(5, violations.size())));
        return r;
    }

    private void writeUntilStopped(String base, int round, int worker, ConcurrentLinkedQueue<Ack> acks, AtomicInteger unanswered,
                                   AtomicBoolean stop) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        for (int i = 0; !stop.get(); i++) {
            try {
                String mark = "crash-" + round + "-" + worker + "-" + i;
                HttpResponse<String> created = post(http, base + "/innovation-records", "application/json",
                        "{\"zone\":\"henan/zhengzhou\",\"title_zh\":\"" + mark + "\"}");
                if (!ok(created)) {
                    continue;
                }
                long id = number(ID, created.body());
                int version = (int) number(VERSION, created.body());
                acks.add(new Ack("create", id, version, null));
                for (String to : new String[] {"submitted", "under_evaluation"}) {
                    HttpResponse<String> moved = post(http, base + "/innovation-records/" + id + "/transitions", "application/json",
                            "{\"to\":\"" + to + "\",\"version\":" + version + "}");
                    if (!ok(moved)) {
                        break;
                    }
                    version = (int) number(VERSION, moved.body());
                    acks.add(new Ack("transition", id, version, to));
                }
                if (i % 2 == 0) {
                    // A text with a 文号 and a date: the extractor finds candidates, which are then rejected in bulk.
                    HttpResponse<String> ingested = post(http, base + "/review/documents?name=" + mark + ".txt", "text/plain",
                            mark + "：依据国发〔2021〕" + (i % 40 + 1) + "号，自2021年9月" + (i % 28 + 1) + "日起施行，共" + (i + 3) + "项。");
                    if (!ok(ingested)) {
                        continue;
                    }
                    long doc = number(ID, ingested.body());
                    acks.add(new Ack("ingest", doc, 0, null));
                    HttpResponse<String> decided = post(http, base + "/review/decisions", "application/json",
                            "{\"action\":\"reject\",\"document_id\":" + doc + "}");
                    if (ok(decided)) {
                        acks.add(new Ack("decide-all", doc, 0, null));
                    }
                }
            } catch (IOException e) {
                unanswered.incrementAndGet();
                sleepQuietly();
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private HttpResponse<String> post(HttpClient http, String url, String type, String body) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).header("Content-Type", type)
                .header("Authorization", "Bearer " + token).POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** A refusal is no fault of the crash but of this driver's requests: the first few are shown. */
    private boolean ok(HttpResponse<String> r) {
        if (r.statusCode() / 100 == 2) {
            return true;
        }
        if (refusals.incrementAndGet() <= 3) {
            log.println("  refused: " + r.request().method() + " " + r.uri().getPath() + " " + r.statusCode() + " " + r.body());
        }
        return false;
    }

    /** The acknowledged writes are there with their audit events, and nothing in the database is half written. */
    List<String> check(List<Ack> acks) {
        List<String> v = new ArrayList<>();
        for (Ack a : acks) {
            switch (a.kind()) {
                case "create" -> {
                    if (audits("innovation_record", a.id(), "create") != 1) {
                        v.add("record " + a.id() + ": acknowledged create without exactly one audit event");
                    }
                }
                case "transition" -> {
                    Integer version = jdbc.query("select version from innovation_record where id = ?", rs -> rs.next() ? rs.getInt(1) : null, a.id());
                    Integer audited = jdbc.queryForObject("select count(*) from audit_event where object_type = 'innovation_record'"
                            + " and object_id = ? and action = 'transition' and to_state = ?", Integer.class, String.valueOf(a.id()), a.state());
                    if (version == null || version < a.version() || audited == null || audited != 1) {
                        v.add("record " + a.id() + ": acknowledged move to " + a.state() + " missing or unaudited");
                    }
                }
                case "ingest" -> {
                    if (audits("ingested_document", a.id(), "ingest") != 1) {
                        v.add("document " + a.id() + ": acknowledged ingest without its audit event");
                    }
                }
                case "decide-all" -> {
                    Integer pending = jdbc.queryForObject("select count(*) from fact_candidate where document_id = ? and status = 'pending'",
                            Integer.class, a.id());
                    if (pending == null || pending != 0) {
                        v.add("document " + a.id() + ": acknowledged bulk rejection left " + pending + " candidates pending");
                    }
                }
                default -> throw new IllegalStateException(a.kind());
            }
        }
        // Nothing half there, acknowledged or not.
        v.addAll(jdbc.queryForList("""
                select 'record ' || r.id || ': version ' || r.version || ' but ' || count(a.id) filter (where a.action = 'transition')
                       || ' moves and ' || count(a.id) filter (where a.action = 'create') || ' creates audited'
                  from innovation_record r
                  left join audit_event a on a.object_type = 'innovation_record' and a.object_id = r.id::text
                 where r.title_zh like 'crash-%'
                 group by r.id, r.version
                having count(a.id) filter (where a.action = 'create') <> 1
                    or count(a.id) filter (where a.action = 'transition') <> r.version - ?
                """, String.class, initialVersion()));
        v.addAll(jdbc.queryForList("""
                select 'document ' || d.id || ': ' || count(a.id) || ' ingest events' from ingested_document d
                  left join audit_event a on a.object_type = 'ingested_document' and a.object_id = d.id::text and a.action = 'ingest'
                 group by d.id having count(a.id) <> 1""", String.class));
        v.addAll(jdbc.queryForList("""
                select 'candidate ' || c.id || ': ' || c.status || ' with ' || count(a.id) || ' decision events' from fact_candidate c
                  left join audit_event a on a.object_type = 'fact_candidate' and a.object_id = c.id::text
                 group by c.id, c.status having count(a.id) <> case when c.status = 'pending' then 0 else 1 end""", String.class));
        v.addAll(jdbc.queryForList("""
                select 'audit event ' || a.id || ' names a missing ' || a.object_type from audit_event a
                 where (a.object_type = 'innovation_record' and not exists (select 1 from innovation_record r where r.id::text = a.object_id))
                    or (a.object_type = 'ingested_document' and not exists (select 1 from ingested_document d where d.id::text = a.object_id))
                """, String.class));
        return v;
    }

    /** The version a new record starts at (read from the first acknowledged create's audit, i.e. the schema default). */
    private int initialVersion() {
        Integer v = jdbc.queryForObject("select (after ->> 'version')::int from audit_event where object_type = 'innovation_record'"
                + " and action = 'create' order by id limit 1", Integer.class);
        return v == null ? 0 : v;
    }

    private int audits(String type, long id, String action) {
        Integer n = jdbc.queryForObject("select count(*) from audit_event where object_type = ? and object_id = ? and action = ?",
                Integer.class, type, String.valueOf(id), action);
        return n == null ? 0 : n;
    }

    public Map<String, Integer> totals() {
        return Map.of("records", jdbc.queryForObject("select count(*) from innovation_record", Integer.class),
                "audit events", jdbc.queryForObject("select count(*) from audit_event", Integer.class),
                "documents", jdbc.queryForObject("select count(*) from ingested_document", Integer.class));
    }

    private static long number(Pattern p, String body) {
        Matcher m = p.matcher(body);
        require(m.find(), "no " + p + " in " + body);
        return Long.parseLong(m.group(1));
    }

    private static String[] concat(String[] tail, String... head) {
        String[] all = new String[head.length + tail.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(tail, 0, all, head.length, tail.length);
        return all;
    }

    private static void sleepQuietly() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void require(boolean ok, String message) {
        if (!ok) {
            throw new IllegalStateException(message);
        }
    }

    /** bench/run-crash-writes.sh: {@code HOME DB_URL ROUNDS SEED PORT WORKERS}. */
    public static void main(String[] args) throws Exception {
        CrashWriteDriver d = new CrashWriteDriver(Path.of(args[0]), args[1], System.out);
        int rounds = Integer.parseInt(args[2]);
        Random random = new Random(Long.parseLong(args[3]));
        int port = Integer.parseInt(args[4]);
        int workers = Integer.parseInt(args[5]);
        d.prepare();
        int acked = 0;
        int cut = 0;
        int violations = 0;
        for (int i = 1; i <= rounds; i++) {
            Round r = d.round(i, port, workers, 1, random.nextInt(6_000));
            acked += r.acked();
            cut += r.unanswered();
            violations += r.violations().size();
        }
        System.out.printf("%n%d rounds, %d writers, kill at a random time 0-6 s after the first acknowledged write: %d acknowledged writes, %d cut off"
                + " by the kill, %d violations; database now %s%n", rounds, workers, acked, cut, violations, d.totals());
        if (violations > 0) {
            System.exit(1);
        }
    }
}
