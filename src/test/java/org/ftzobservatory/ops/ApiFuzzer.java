package org.ftzobservatory.ops;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * HTTP fuzzing from the OpenAPI document (issue 14 §4): every GET and POST of {@code /api/docs} is called with malformed
 * values in its path, query and JSON body (wrong types, huge sizes, NUL, lone surrogates, right-to-left marks, injection
 * strings, negative and overflowing numbers). Each answer must be below 500, hold no stack trace, and a 400 must be
 * problem+json naming the parameter ({@code errors[].parameter}). Deterministic: the same seed sends the same requests.
 * Used by {@code ApiFuzzIT} (a few hundred cases in CI) and by {@code bench/run-fuzz.sh} (as many as asked).
 */
public final class ApiFuzzer {

    /** Values that a parser, a query builder or a database might choke on; raw strings, encoded where they are sent. */
    static final List<String> HOSTILE = List.of(
            "", " ", "abc", "-1", "0", "1.5", "2147483648", "-2147483649", "9223372036854775808", "1e309", "NaN", "-0",
            "0x1F", "true", "null", "[]", "{}", "\u0000", "a\u0000b", "\uD800", "\uDFFF", "\u202Eevil\u202C", "\u200B",
            "😀", "保税维修", "e\u0301", "' or 1=1 --", "'; drop table zone; --", "\" or \"\"=\"", "<script>alert(1)</script>",
            "${jndi:ldap://127.0.0.1/x}", "{{7*7}}", "../../../../etc/passwd", "..\\..\\windows", "%", "_", "\\", "%00",
            "a:b|c&d!(e)", "a & | !", "*", "(", ")", "'", "\"", ":*", "<->", "2021-02-30", "99999-12-31", "0000-00-00",
            "2021-13-01", "henan/", "/", "shanghai/lingang/x", "x".repeat(5_000), "9".repeat(400), "保".repeat(3_000));

    /** JSON values put in place of a body property: other types, extremes and the hostile strings. */
    static final List<String> HOSTILE_JSON = List.of("null", "true", "[]", "{}", "[1,2]", "{\"a\":1}", "-1", "0",
            "2147483648", "-9223372036854775809", "1e309", "-1e309", "1.7976931348623157E309", "0.0000001", "\"\"",
            "123456789012345678901234567890");

    /** Whole bodies that are not the object the endpoint expects. */
    static final List<String> HOSTILE_BODIES = List.of("", "{", "}", "[]", "null", "\"x\"", "1", "{\"a\":}",
            "{\"a\":1,}", "[".repeat(5_000) + "]".repeat(5_000), "{\"x\":\"" + "a".repeat(200_000) + "\"}",
            "\uFEFF{}", "{\"a\":\"\\ud800\"}", "{\"a\":\"\\u0000\"}");

    private static final Pattern STACK = Pattern.compile(
            "\\tat |\\bat (java|org|com|jdk|tools)\\.[\\w.$]+\\(|Exception:|\\bException\\b.*\\bat\\b|PSQLException|SQLState|"
            + "org\\.springframework\\.|java\\.lang\\.|Caused by|<b>Type</b> Exception Report");

    /** One request and what was wrong with its answer. */
    public record Finding(String request, int status, String problem, String body) {
        @Override
        public String toString() {
            return request + " -> " + status + ": " + problem + " | " + body.substring(0, Math.min(300, body.length()));
        }
    }

    /** One operation of the document: method, path template, its parameters (name → in) and its body schema if any. */
    record Operation(String method, String path, Map<String, String> params, JsonNode body) {
    }

    private final String base;
    private final String token;
    private final HttpClient http;
    private final ObjectMapper json = JsonMapper.builder().build();
    private final List<Operation> operations = new ArrayList<>();
    private final JsonNode schemas;
    public final Map<Integer, Integer> statuses = new java.util.TreeMap<>();
    public final List<Finding> findings = new ArrayList<>();
    public int sent;

    /** Reads the operations from {@code BASE/api/docs}; {@code token} (may be null) signs the calls in. */
    public ApiFuzzer(String base, String token) throws Exception {
        this.base = base;
        this.token = token;
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        JsonNode docs = json.readTree(http.send(HttpRequest.newBuilder(URI.create(base + "/api/docs")).build(),
                HttpResponse.BodyHandlers.ofString()).body());
        schemas = docs.path("components").path("schemas");
        for (var path : docs.path("paths").properties()) {
            for (var op : path.getValue().properties()) {
                String method = op.getKey().toUpperCase(Locale.ROOT);
                if (!method.equals("GET") && !method.equals("POST")) {
                    continue;
                }
                Map<String, String> params = new LinkedHashMap<>();
                for (JsonNode p : op.getValue().path("parameters")) {
                    params.put(p.path("name").asString(), p.path("in").asString());
                }
                JsonNode body = op.getValue().path("requestBody").path("content").path("application/json").path("schema");
                operations.add(new Operation(method, path.getKey(), params, body.isMissingNode() ? null : resolve(body)));
            }
        }
    }

    public int operations() {
        return operations.size();
    }

    /** Sends {@code cases} requests drawn with {@code seed}; every operation is visited in turn, the values at random. */
    public void run(int cases, long seed) throws Exception {
        Random r = new Random(seed);
        for (int i = 0; i < cases; i++) {
            Operation op = operations.get(i % operations.size());
            send(op, r);
        }
    }

    private void send(Operation op, Random r) throws Exception {
        String path = op.path();
        StringBuilder query = new StringBuilder();
        // One parameter gets the hostile value; the others a plausible one or nothing.
        List<String> names = new ArrayList<>(op.params().keySet());
        String target = names.isEmpty() || (op.body() != null && r.nextBoolean()) ? null : names.get(r.nextInt(names.size()));
        String hostile = HOSTILE.get(r.nextInt(HOSTILE.size()));
        for (String name : names) {
            boolean inPath = op.params().get(name).equals("path");
            String value = name.equals(target) ? hostile : plausible(name, inPath || r.nextInt(3) > 0);
            if (inPath) {
                path = path.replace("{" + name + "}", encode(value.isEmpty() ? "x" : value));
            } else if (value != null) {
                query.append(query.length() == 0 ? '?' : '&').append(name).append('=').append(encode(value));
            }
        }
        String body = null;
        if (op.method().equals("POST")) {
            if (op.body() == null) {
                // Uploads and moves without a declared JSON body still get a stray one now and then.
                body = r.nextBoolean() ? null : HOSTILE_BODIES.get(r.nextInt(HOSTILE_BODIES.size()));
            } else {
                body = target != null ? validBody(op, r) : hostileBody(op, r);
            }
        }
        String url = base + path + query;
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        b.header("Accept", "application/json");
        if (body != null) {
            b.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        } else if (op.method().equals("POST")) {
            b.POST(HttpRequest.BodyPublishers.noBody());
        }
        HttpResponse<String> answer = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        sent++;
        statuses.merge(answer.statusCode(), 1, Integer::sum);
        String shown = op.method() + " " + path + query + (body == null ? "" : " body=" + body.substring(0, Math.min(120, body.length())));
        check(shown, answer);
    }

    private void check(String request, HttpResponse<String> answer) {
        int status = answer.statusCode();
        String text = answer.body();
        if (status >= 500) {
            findings.add(new Finding(request, status, "5xx", text));
        }
        if (STACK.matcher(text).find()) {
            findings.add(new Finding(request, status, "stack trace or internal class in the body", text));
        }
        if (status == 400) {
            String type = answer.headers().firstValue("Content-Type").orElse("");
            if (!type.startsWith("application/problem+json")) {
                findings.add(new Finding(request, status, "400 not problem+json (" + type + ")", text));
                return;
            }
            JsonNode errors = json.readTree(text).path("errors");
            boolean named = errors.isArray() && !errors.isEmpty();
            for (JsonNode e : errors) {
                named &= !e.path("parameter").asString("").isBlank();
            }
            if (!named) {
                findings.add(new Finding(request, status, "400 names no parameter", text));
            }
        }
    }

    /** A value the API would accept for a parameter of this name, or null to leave it out when it may be left out. */
    private static String plausible(String name, boolean present) {
        if (!present) {
            return null;
        }
        return switch (name) {
            case "page" -> "1";
            case "size", "limit" -> "20";
            case "zone", "ftz" -> "henan";
            case "province" -> "henan";
            case "year" -> "2021";
            case "date" -> "2021-06-30";
            case "period" -> "2021-Q4";
            case "format" -> "md";
            case "q" -> "保税";
            case "id", "list" -> "national-2021";
            case "seq" -> "1";
            case "type" -> "innovation";
            default -> "x";
        };
    }

    private String validBody(Operation op, Random r) {
        ObjectNode o = json.createObjectNode();
        for (var p : op.body().path("properties").properties()) {
            String t = p.getValue().path("type").asString("string");
            switch (t) {
                case "number", "integer" -> o.put(p.getKey(), 1);
                case "boolean" -> o.put(p.getKey(), r.nextBoolean());
                case "array" -> o.putArray(p.getKey()).add("x");
                default -> o.put(p.getKey(), "x");
            }
        }
        return o.toString();
    }

    private String hostileBody(Operation op, Random r) {
        JsonNode props = op.body() == null ? null : op.body().path("properties");
        if (props == null || props.isEmpty() || r.nextInt(4) == 0) {
            return HOSTILE_BODIES.get(r.nextInt(HOSTILE_BODIES.size()));
        }
        ObjectNode o = (ObjectNode) json.readTree(validBody(op, r));
        List<String> keys = new ArrayList<>(props.propertyNames());
        String key = keys.get(r.nextInt(keys.size()));
        if (r.nextBoolean()) {
            o.put(key, HOSTILE.get(r.nextInt(HOSTILE.size())));
            return o.toString();
        }
        // A raw JSON value in place of the property, spliced as text so that non-finite and huge numbers go out as written.
        o.put(key, "@@HOSTILE@@");
        return o.toString().replace("\"@@HOSTILE@@\"", HOSTILE_JSON.get(r.nextInt(HOSTILE_JSON.size())));
    }

    private JsonNode resolve(JsonNode schema) {
        String ref = schema.path("$ref").asString("");
        return ref.isEmpty() ? schema : schemas.path(ref.substring(ref.lastIndexOf('/') + 1));
    }

    /** Percent-encodes as UTF-8; a lone surrogate becomes its 3-byte form (invalid UTF-8, as a hostile client would send). */
    static String encode(String value) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isSurrogate(c) && !(Character.isHighSurrogate(c) && i + 1 < value.length()
                    && Character.isLowSurrogate(value.charAt(i + 1)))) {
                s.append(String.format(Locale.ROOT, "%%%02X%%%02X%%%02X", 0xE0 | (c >> 12), 0x80 | ((c >> 6) & 0x3F), 0x80 | (c & 0x3F)));
            } else {
                int end = Character.isHighSurrogate(c) && i + 1 < value.length() ? i + 2 : i + 1;
                s.append(URLEncoder.encode(value.substring(i, end), StandardCharsets.UTF_8).replace("+", "%20"));
                i = end - 1;
            }
        }
        return s.toString();
    }

    /** Run against a server: ApiFuzzer BASE_URL CASES SEED [TOKEN]; prints counts and every finding, exit 1 if any. */
    public static void main(String[] args) throws Exception {
        ApiFuzzer f = new ApiFuzzer(args[0], args.length > 3 ? args[3] : null);
        long t0 = System.nanoTime();
        f.run(Integer.parseInt(args[1]), Long.parseLong(args[2]));
        System.out.printf(Locale.ROOT, "%d operations, %d requests in %.1f s (seed %s), statuses %s, findings %d%n",
                f.operations(), f.sent, (System.nanoTime() - t0) / 1e9, args[2], f.statuses, f.findings.size());
        f.findings.forEach(System.out::println);
        System.exit(f.findings.isEmpty() ? 0 : 1);
    }
}
