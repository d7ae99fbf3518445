package org.ftzobservatory.extraction;

/** A document we do not read: too large, too slow, encrypted, corrupt or of an unsupported type. One-line message. */
public class RejectedDocumentException extends RuntimeException {

    public RejectedDocumentException(String message) {
        super(message);
    }

    public RejectedDocumentException(String message, Throwable cause) {
        super(message, cause);
    }
}
