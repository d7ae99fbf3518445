package org.ftzobservatory.kernel;

/** An id that names nothing; a 404 problem in the API and the friendly 404 page in the UI. */
public class NotFoundException extends RuntimeException {
    public NotFoundException(String what, String id) {
        super(what + " '" + id + "' does not exist");
    }
}
