package org.ftzobservatory.documents;

/** A 文号 that cannot be read; the message says which part is wrong. */
public class InvalidDocumentNumberException extends IllegalArgumentException {
    public InvalidDocumentNumberException(String message) {
        super(message);
    }
}
