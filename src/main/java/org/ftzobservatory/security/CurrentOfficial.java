package org.ftzobservatory.security;

import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The official behind the current request, if someone is signed in (form session or API token). */
public final class CurrentOfficial {

    private CurrentOfficial() {
    }

    /** The signed-in official; writes reach this only after the security filter let them through, so absence is a 403. */
    public static Official require() {
        return get().orElseThrow(() -> new org.ftzobservatory.kernel.ForbiddenException("sign in first"));
    }

    public static Optional<Official> get() {
        Authentication a = SecurityContextHolder.getContext().getAuthentication();
        return a != null && a.getPrincipal() instanceof OfficialPrincipal p ? Optional.of(p.official()) : Optional.empty();
    }
}
