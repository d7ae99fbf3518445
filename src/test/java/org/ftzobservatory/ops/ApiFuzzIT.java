package org.ftzobservatory.ops;

import static org.assertj.core.api.Assertions.assertThat;

import org.ftzobservatory.security.OfficialStore;
import org.ftzobservatory.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Issue 14 §4: every GET and POST of the OpenAPI document with malformed values, anonymously and as a national admin
 * (so that writes get past sign-in to their validation): no 5xx, no stack trace, every 400 a problem detail naming the
 * parameter. A bounded, seeded run; {@code bench/run-fuzz.sh} sends as many as asked. Own database: the admin's
 * requests may write.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "ftz.import-on-start=true", "ftz.db.embedded.dir=target/test-pg-fuzz", "ftz.db.embedded.clean=true"})
class ApiFuzzIT {

    @LocalServerPort
    int port;
    @Autowired
    OfficialStore officials;
    @Autowired
    PasswordEncoder encoder;

    @Test
    void malformedValuesOnEveryOperationAnswerInWordsAnonymously() throws Exception {
        ApiFuzzer f = new ApiFuzzer("http://localhost:" + port, null);
        assertThat(f.operations()).as("operations in /api/docs").isGreaterThan(40);
        f.run(3 * f.operations(), 20261206L);
        assertThat(f.findings).as("sent %d, statuses %s", f.sent, f.statuses).isEmpty();
    }

    @Test
    void malformedValuesOnEveryOperationAnswerInWordsSignedIn() throws Exception {
        long id = officials.byName("fuzz-admin").map(a -> a.official().id())
                .orElseGet(() -> officials.create("fuzz-admin", encoder.encode("fuzz-admin-password"), Role.NATIONAL_ADMIN, null));
        ApiFuzzer f = new ApiFuzzer("http://localhost:" + port, officials.createToken(id, "fuzz"));
        f.run(4 * f.operations(), 20261207L);
        assertThat(f.findings).as("sent %d, statuses %s", f.sent, f.statuses).isEmpty();
        // Signed in, the writes reach their validation: 400s, not only 401/403.
        assertThat(f.statuses.getOrDefault(400, 0)).isGreaterThan(f.sent / 4);
    }
}
