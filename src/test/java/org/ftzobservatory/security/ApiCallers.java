package org.ftzobservatory.security;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Officials with personal API tokens, and HTTP calls as any of them (or anonymously), for tests against the running app.
 * Names carry a prefix so test classes sharing a database do not collide; an official that already exists is reused.
 */
public abstract class ApiCallers {

    /** Who calls: a key, the official (null = anonymous) and their token. */
    public record Caller(String key, Official official, String token) {
        @Override
        public String toString() {
            return key;
        }
    }

    private final Map<String, Caller> callers = new LinkedHashMap<>();
    private final HttpClient http = HttpClient.newHttpClient();
    private final int port;
    private final OfficialStore store;
    private final PasswordEncoder encoder;
    private final String prefix;

    protected ApiCallers(int port, OfficialStore store, PasswordEncoder encoder, String prefix) {
        this.port = port;
        this.store = store;
        this.encoder = encoder;
        this.prefix = prefix;
        callers.put("anonymous", new Caller("anonymous", null, null));
    }

    /** Adds an official whose password is {@code password-KEY}, with a fresh token. */
    protected final void add(String key, Role role, String scope) {
        String name = prefix + "-" + key;
        long id = store.byName(name).map(a -> a.official().id())
                .orElseGet(() -> store.create(name, encoder.encode("password-" + key), role, scope));
        callers.put(key, new Caller(key, new Official(id, name, role, scope), store.createToken(id, "test")));
    }

    public Official official(String key) {
        return callers.get(key).official();
    }

    public HttpResponse<String> call(String who, String method, String path, String json) throws Exception {
        return send(who, HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json)));
    }

    protected final URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    protected final HttpResponse<String> send(String who, HttpRequest.Builder b) throws Exception {
        Caller c = callers.get(who);
        if (c.token() != null) {
            b.header("Authorization", "Bearer " + c.token());
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }
}
