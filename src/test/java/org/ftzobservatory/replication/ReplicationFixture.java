package org.ftzobservatory.replication;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;

import org.ftzobservatory.security.Official;
import org.ftzobservatory.security.OfficialStore;
import org.ftzobservatory.security.Role;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Officials of every role and scope with API tokens, and JSON calls as any of them, for the replication tests.
 * Names carry a prefix so test classes sharing a database do not collide.
 */
final class ReplicationFixture {

    /** Who calls: a name, the official (null = anonymous) and their token. */
    record Caller(String key, Official official, String token) {
        @Override
        public String toString() {
            return key;
        }
    }

    final Map<String, Caller> callers = new LinkedHashMap<>();
    private final HttpClient http = HttpClient.newHttpClient();
    private final int port;

    ReplicationFixture(int port, OfficialStore store, PasswordEncoder encoder, String prefix) {
        this.port = port;
        callers.put("anonymous", new Caller("anonymous", null, null));
        add(store, encoder, prefix, "zhengzhou-editor", Role.ZONE_EDITOR, "henan/zhengzhou");
        add(store, encoder, prefix, "henan-editor", Role.ZONE_EDITOR, "henan");
        add(store, encoder, prefix, "shanghai-editor", Role.ZONE_EDITOR, "shanghai");
        add(store, encoder, prefix, "henan-reviewer", Role.PROVINCE_REVIEWER, "henan");
        add(store, encoder, prefix, "shanxi-reviewer", Role.PROVINCE_REVIEWER, "shanxi");
        add(store, encoder, prefix, "admin", Role.NATIONAL_ADMIN, null);
    }

    private void add(OfficialStore store, PasswordEncoder encoder, String prefix, String key, Role role, String scope) {
        String name = prefix + "-" + key;
        long id = store.byName(name).map(a -> a.official().id())
                .orElseGet(() -> store.create(name, encoder.encode("password-" + key), role, scope));
        callers.put(key, new Caller(key, new Official(id, name, role, scope), store.createToken(id, "test")));
    }

    Caller get(String key) {
        return callers.get(key);
    }

    Official official(String key) {
        return callers.get(key).official();
    }

    HttpResponse<String> call(String who, String method, String path, String json) throws Exception {
        Caller c = callers.get(who);
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (c.token() != null) {
            b.header("Authorization", "Bearer " + c.token());
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }
}
