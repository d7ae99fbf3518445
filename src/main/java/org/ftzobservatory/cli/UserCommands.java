package org.ftzobservatory.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.ftzobservatory.replication.ReplicationService;
import org.ftzobservatory.security.OfficialStore;
import org.ftzobservatory.security.Role;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * {@code user add} and {@code user token}: accounts are created on the command line (the first national admin cannot be
 * created anywhere else). The password is prompted for without echo, or read from the first line of stdin when piped.
 */
final class UserCommands {

    static final int MIN_PASSWORD = 10;

    private final InputStream in;
    private final PrintStream out;
    private final PrintStream err;

    UserCommands(InputStream in, PrintStream out, PrintStream err) {
        this.in = in;
        this.out = out;
        this.err = err;
    }

    int run(List<String> rest, Map<String, String> o, Supplier<ConfigurableApplicationContext> context) {
        String sub = rest.isEmpty() ? "" : rest.get(0);
        return switch (sub) {
            case "add" -> add(o, context);
            case "token" -> token(o, context);
            default -> {
                err.println("ftz user: use 'user add --role ROLE --name NAME [--scope ZONE_OR_REGION]' or 'user token --name NAME [--label TEXT]'");
                yield FtzCli.BAD_INPUT;
            }
        };
    }

    private int add(Map<String, String> o, Supplier<ConfigurableApplicationContext> context) {
        Role role = Role.parse(o.get("role"));
        String name = o.get("name") == null ? "" : o.get("name").trim();
        String scope = o.get("scope") == null || o.get("scope").isBlank() ? null : o.get("scope").trim();
        if (role == null) {
            err.println("ftz user add: role: must be ZONE_EDITOR, PROVINCE_REVIEWER or NATIONAL_ADMIN");
            return FtzCli.BAD_INPUT;
        }
        if (name.isEmpty() || name.length() > 100 || !name.matches("[\\p{L}\\p{N}._@-]+")) {
            err.println("ftz user add: name: 1-100 letters, digits or . _ @ -");
            return FtzCli.BAD_INPUT;
        }
        if ((role == Role.NATIONAL_ADMIN) != (scope == null)) {
            err.println("ftz user add: scope: " + (role == Role.NATIONAL_ADMIN ? "a national admin has no scope"
                    : "a " + role + " needs --scope (" + (role == Role.ZONE_EDITOR ? "an FTZ id or ftz/subzone, e.g. henan/zhengzhou"
                    : "a province id, e.g. henan") + ")"));
            return FtzCli.BAD_INPUT;
        }
        String password = readPassword();
        if (password == null || password.length() < MIN_PASSWORD) {
            err.println("ftz user add: password: at least " + MIN_PASSWORD + " characters (prompted, or the first line of stdin)");
            return FtzCli.BAD_INPUT;
        }
        try (ConfigurableApplicationContext ctx = context.get()) {
            ReplicationService replication = ctx.getBean(ReplicationService.class);
            if (role == Role.ZONE_EDITOR && !replication.regions().isZone(scope)) {
                err.println("ftz user add: scope: unknown zone '" + scope + "'");
                return FtzCli.BAD_INPUT;
            }
            if (role == Role.PROVINCE_REVIEWER && !replication.regions().isRegion(scope)) {
                err.println("ftz user add: scope: unknown province '" + scope + "'");
                return FtzCli.BAD_INPUT;
            }
            OfficialStore store = ctx.getBean(OfficialStore.class);
            if (store.exists(name)) {
                err.println("ftz user add: name: '" + name + "' already exists");
                return FtzCli.BAD_INPUT;
            }
            long id = store.create(name, ctx.getBean(PasswordEncoder.class).encode(password), role, scope);
            out.println("created official " + name + " (" + role + (scope == null ? "" : ", " + scope) + "), id " + id);
            return FtzCli.OK;
        }
    }

    private int token(Map<String, String> o, Supplier<ConfigurableApplicationContext> context) {
        String name = o.get("name") == null ? "" : o.get("name").trim();
        try (ConfigurableApplicationContext ctx = context.get()) {
            OfficialStore store = ctx.getBean(OfficialStore.class);
            var account = store.byName(name);
            if (account.isEmpty()) {
                err.println("ftz user token: name: no official '" + name + "'");
                return FtzCli.BAD_INPUT;
            }
            String token = store.createToken(account.get().official().id(), o.getOrDefault("label", "cli"));
            out.println(token);
            err.println("personal API token for " + name + ": send it as 'Authorization: Bearer <token>'; it is not shown again");
            return FtzCli.OK;
        }
    }

    private String readPassword() {
        Console console = System.console();
        if (console != null && in == System.in) {
            char[] first = console.readPassword("password: ");
            char[] again = console.readPassword("again: ");
            if (first == null || again == null || !new String(first).equals(new String(again))) {
                err.println("ftz user add: the two passwords differ");
                return null;
            }
            return new String(first);
        }
        try {
            String line = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).readLine();
            return line == null ? null : line.strip();
        } catch (IOException e) {
            return null;
        }
    }
}
