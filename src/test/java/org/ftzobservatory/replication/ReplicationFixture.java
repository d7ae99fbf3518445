package org.ftzobservatory.replication;

import org.ftzobservatory.security.ApiCallers;
import org.ftzobservatory.security.OfficialStore;
import org.ftzobservatory.security.Role;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Officials of every role and scope the replication tests need: in and out of Henan's scope, at each level. */
final class ReplicationFixture extends ApiCallers {

    ReplicationFixture(int port, OfficialStore store, PasswordEncoder encoder, String prefix) {
        super(port, store, encoder, prefix);
        add("zhengzhou-editor", Role.ZONE_EDITOR, "henan/zhengzhou");
        add("henan-editor", Role.ZONE_EDITOR, "henan");
        add("shanghai-editor", Role.ZONE_EDITOR, "shanghai");
        add("henan-reviewer", Role.PROVINCE_REVIEWER, "henan");
        add("shanxi-reviewer", Role.PROVINCE_REVIEWER, "shanxi");
        add("admin", Role.NATIONAL_ADMIN, null);
    }
}
