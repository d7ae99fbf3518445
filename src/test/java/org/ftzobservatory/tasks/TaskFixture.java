package org.ftzobservatory.tasks;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.ftzobservatory.security.ApiCallers;
import org.ftzobservatory.security.OfficialStore;
import org.ftzobservatory.security.Role;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Officials in and out of Henan's scope at every role, and ledger files to import as them. */
final class TaskFixture extends ApiCallers {

    static final String HEADER = "task_id,plan_id,plan_type,plan_title_zh,zone,domain,content_zh,responsible_unit,deadline,status,reason,status_on";

    TaskFixture(int port, OfficialStore store, PasswordEncoder encoder, String prefix) {
        super(port, store, encoder, prefix);
        add("zhengzhou-editor", Role.ZONE_EDITOR, "henan/zhengzhou");
        add("henan-reviewer", Role.PROVINCE_REVIEWER, "henan");
        add("shanghai-editor", Role.ZONE_EDITOR, "shanghai");
        add("shanxi-reviewer", Role.PROVINCE_REVIEWER, "shanxi");
        add("admin", Role.NATIONAL_ADMIN, null);
    }

    /** A CSV row of the fixture's columns (plan type and title only where given). */
    static String row(String id, String plan, String zone, String domain, String deadline, String status, String reason) {
        return String.join(",", id, plan, "", "", zone, domain, "任务" + id, "责任单位", deadline, status, reason == null ? "" : reason, "");
    }

    static String planRow(String id, String plan, String zone, String deadline, String status) {
        return String.join(",", id, plan, "local", "测试方案" + plan, zone, "trade", "任务" + id, "责任单位", deadline, status, "", "");
    }

    static Path csv(Path dir, String name, List<String> rows) throws Exception {
        Path f = dir.resolve(name);
        Files.writeString(f, HEADER + "\n" + String.join("\n", rows) + "\n", StandardCharsets.UTF_8);
        return f;
    }

    /** POSTs a file as the raw body of the import endpoint. */
    HttpResponse<String> upload(String who, Path file) throws Exception {
        return send(who, HttpRequest.newBuilder(uri("/api/v1/pilot-tasks/import?name=" + file.getFileName()))
                .header("Content-Type", "application/octet-stream").POST(HttpRequest.BodyPublishers.ofFile(file)));
    }
}
