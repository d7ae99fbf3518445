package org.ftzobservatory.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Officials, their hashed passwords and API tokens, and failed sign-ins, in PostgreSQL (app nodes keep no state). */
@Repository
public class OfficialStore {

    private static final SecureRandom RANDOM = new SecureRandom();
    private final JdbcClient jdbc;

    public OfficialStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Account(Official official, String passwordHash, boolean enabled) {
    }

    public Optional<Account> byName(String name) {
        return jdbc.sql("select id, name, role, scope, password_hash, enabled from official where name = :name").param("name", name)
                .query((rs, n) -> new Account(new Official(rs.getLong("id"), rs.getString("name"), Role.valueOf(rs.getString("role")),
                        rs.getString("scope")), rs.getString("password_hash"), rs.getBoolean("enabled"))).optional();
    }

    public boolean exists(String name) {
        return jdbc.sql("select count(*) from official where name = :name").param("name", name).query(Integer.class).single() > 0;
    }

    public long create(String name, String passwordHash, Role role, String scope) {
        return jdbc.sql("insert into official (name, password_hash, role, scope) values (:name, :hash, :role, :scope) returning id")
                .param("name", name).param("hash", passwordHash).param("role", role.name()).param("scope", scope)
                .query(Long.class).single();
    }

    /** Creates a personal API token and returns it; only its SHA-256 is stored, so it cannot be shown again. */
    public String createToken(long officialId, String label) {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        String token = "ftz_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        jdbc.sql("insert into api_token (official_id, token_hash, label) values (:id, :hash, :label)")
                .param("id", officialId).param("hash", sha256(token)).param("label", label).update();
        return token;
    }

    /** The token's official, noting the token's last use in the same statement (one round trip per API request). */
    public Optional<Official> byToken(String token) {
        return jdbc.sql("""
                        with used as (update api_token set last_used = now() where token_hash = :hash returning official_id)
                        select o.id, o.name, o.role, o.scope from used join official o on o.id = used.official_id where o.enabled""")
                .param("hash", sha256(token))
                .query((rs, n) -> new Official(rs.getLong("id"), rs.getString("name"), Role.valueOf(rs.getString("role")),
                        rs.getString("scope"))).optional();
    }

    public void recordFailure(String name) {
        jdbc.sql("insert into login_failure (name) values (:name)").param("name", name).update();
    }

    public void clearFailures(String name) {
        jdbc.sql("delete from login_failure where name = :name").param("name", name).update();
    }

    public int recentFailures(String name, Duration window) {
        return jdbc.sql("select count(*) from login_failure where name = :name and failed_at > now() - make_interval(secs => :secs)")
                .param("name", name).param("secs", (double) window.toSeconds()).query(Integer.class).single();
    }

    static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
