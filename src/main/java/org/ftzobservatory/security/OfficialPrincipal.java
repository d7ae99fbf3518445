package org.ftzobservatory.security;

import java.util.Collection;
import java.util.List;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The official as Spring Security sees them; {@code locked} while too many sign-ins have failed recently. Serializable
 * because the session, and the principal in it, is stored in PostgreSQL.
 */
public record OfficialPrincipal(Official official, String passwordHash, boolean enabled, boolean locked)
        implements UserDetails, java.io.Serializable {

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority("ROLE_" + official.role().name()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return official.name();
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }
}
