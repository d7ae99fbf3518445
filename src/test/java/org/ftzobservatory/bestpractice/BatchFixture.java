package org.ftzobservatory.bestpractice;

import org.ftzobservatory.security.ApiCallers;
import org.ftzobservatory.security.OfficialStore;
import org.ftzobservatory.security.Role;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The four kinds of caller of the authorisation matrix: anonymous, a zone editor, a province reviewer, the national office. */
final class BatchFixture extends ApiCallers {

    BatchFixture(int port, OfficialStore store, PasswordEncoder encoder) {
        super(port, store, encoder, "bp");
        add("henan-editor", Role.ZONE_EDITOR, "henan");
        add("henan-reviewer", Role.PROVINCE_REVIEWER, "henan");
        add("admin", Role.NATIONAL_ADMIN, null);
    }
}
