package org.ftzobservatory.review;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.ftzobservatory.security.ApiCallers;
import org.ftzobservatory.security.OfficialStore;
import org.ftzobservatory.security.Role;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Officials of each role (see {@link ApiCallers}), uploads as any of them, and small documents unique to each test. */
final class ReviewFixture extends ApiCallers {

    /** A short text with one candidate of every type (checked against the engine in ReviewApiIT). */
    static final String SAMPLE = "国务院印发《通知》（国发〔2021〕12 号）。2021 年，上海自贸试验区实际使用外资 2130 亿元，增长 4.1 个百分点，"
            + "推出 27 条特别管理措施。\n\n专栏 3-1 临港新片区跨境贸易便利化\n\n临港新片区实施了 18 项改革。\n";

    ReviewFixture(int port, OfficialStore store, PasswordEncoder encoder, String prefix) {
        super(port, store, encoder, prefix);
        add("editor", Role.ZONE_EDITOR, "henan/zhengzhou");
        add("reviewer", Role.PROVINCE_REVIEWER, "henan");
        add("admin", Role.NATIONAL_ADMIN, null);
    }

    /** Another official, for tests that need more scopes. */
    void addOfficial(String key, Role role, String scope) {
        add(key, role, scope);
    }

    /** The sample with a unique tail, so each test gets its own document (the hash differs). */
    static String uniqueSample() {
        return SAMPLE + "附：" + UUID.randomUUID() + "\n";
    }

    HttpResponse<String> upload(String who, String name, byte[] bytes) throws Exception {
        return send(who, HttpRequest.newBuilder(uri("/api/v1/review/documents?name=" + java.net.URLEncoder.encode(name, StandardCharsets.UTF_8)))
                .header("Content-Type", "application/octet-stream").POST(HttpRequest.BodyPublishers.ofByteArray(bytes)));
    }

    HttpResponse<String> multipart(String who, String name, byte[] bytes) throws Exception {
        String boundary = "----ftz" + UUID.randomUUID();
        var body = new java.io.ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(bytes);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(who, HttpRequest.newBuilder(uri("/api/v1/review/documents"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }
}
