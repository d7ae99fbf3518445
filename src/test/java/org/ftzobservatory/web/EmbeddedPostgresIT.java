package org.ftzobservatory.web;

import org.springframework.boot.test.context.SpringBootTest;

/** The contract on the zero-setup default: embedded PostgreSQL, started fresh for the test run. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "ftz.import-on-start=true", "ftz.db.embedded.dir=target/test-pg", "ftz.db.embedded.clean=true"})
class EmbeddedPostgresIT extends DatabaseContract {
}
