package org.ftzobservatory.kernel;

import java.util.stream.Collectors;

import org.springframework.http.converter.HttpMessageNotReadableException;

import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * What is wrong with an unreadable JSON body, in the caller's terms: the field (its JSON path, e.g. {@code location} or
 * {@code ids}) and what it must be. The parser's own message is never passed on, since it names Java types.
 */
record BodyProblem(String field, String message) {

    static BodyProblem of(HttpMessageNotReadableException e) {
        if (!(e.getMostSpecificCause() instanceof JacksonException j)) {
            return new BodyProblem("body", "is missing or is not a JSON document");
        }
        if (j instanceof StreamReadException) {
            return new BodyProblem("body", "is not well-formed JSON (line " + j.getLocation().getLineNr()
                    + ", column " + j.getLocation().getColumnNr() + ")");
        }
        String path = j.getPath().stream()
                .map(r -> r.getPropertyName() != null ? r.getPropertyName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
        if (j instanceof NulCharacterException) {
            return new BodyProblem(path, "must not contain the NUL character (\\u0000)");
        }
        Class<?> target = j instanceof MismatchedInputException m ? m.getTargetType() : null;
        if (path.isEmpty()) {
            return new BodyProblem("body", "must be a JSON object");
        }
        return new BodyProblem(path, "must be " + describe(target));
    }

    private static String describe(Class<?> type) {
        if (type == null) {
            return "a value of the documented type";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "a whole number";
        }
        if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class || type.isEnum()) {
            return "a string";
        }
        if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "a JSON array";
        }
        return "a JSON object";
    }
}
