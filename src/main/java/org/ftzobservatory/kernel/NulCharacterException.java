package org.ftzobservatory.kernel;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.exc.MismatchedInputException;

/** A JSON string holding U+0000, which PostgreSQL cannot store in text: refused at parse time, with its field. */
final class NulCharacterException extends MismatchedInputException {
    NulCharacterException(JsonParser parser) {
        super(parser, "NUL character in a string", String.class);
    }
}
