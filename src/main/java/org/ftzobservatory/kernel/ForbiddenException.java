package org.ftzobservatory.kernel;

/** Signed in, but this official's role or scope does not cover the object or the action: a 403. */
public class ForbiddenException extends RuntimeException {
    public ForbiddenException(String message) {
        super(message);
    }
}
