package org.ftzobservatory.security;

import java.time.Duration;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/**
 * Loads officials for form sign-in and throttles guessing: after {@value #MAX_FAILURES} failed sign-ins for a name within
 * {@link #WINDOW}, the account is locked until the oldest of them leaves the window. Failures are stored in PostgreSQL, so
 * the limit holds across app nodes.
 */
@Service
public class OfficialDetailsService implements UserDetailsService {

    static final int MAX_FAILURES = 5;
    static final Duration WINDOW = Duration.ofMinutes(15);

    private final OfficialStore store;

    public OfficialDetailsService(OfficialStore store) {
        this.store = store;
    }

    @Override
    public UserDetails loadUserByUsername(String name) {
        OfficialStore.Account a = store.byName(name).orElseThrow(() -> new UsernameNotFoundException("no such official"));
        return new OfficialPrincipal(a.official(), a.passwordHash(), a.enabled(), store.recentFailures(name, WINDOW) >= MAX_FAILURES);
    }

    @EventListener
    public void failed(AuthenticationFailureBadCredentialsEvent e) {
        store.recordFailure(e.getAuthentication().getName());
    }

    @EventListener
    public void succeeded(AuthenticationSuccessEvent e) {
        if (e.getAuthentication().getPrincipal() instanceof OfficialPrincipal p) {
            store.clearFailures(p.getUsername());
        }
    }
}
