package org.ftzobservatory.kernel;

/**
 * A request parameter with a bad value; reported as a 400 problem detail that names the parameter. A request checked as a
 * whole (a case to publish) may name every bad field at once: {@link #fields()}.
 */
public class BadRequestException extends RuntimeException {
    private final String parameter;
    private final java.util.List<Field> fields;

    /** One bad field of a request checked as a whole. */
    public record Field(String parameter, String message) {
    }

    public BadRequestException(String parameter, String message) {
        super(message);
        this.parameter = parameter;
        this.fields = java.util.List.of(new Field(parameter, message));
    }

    /** Every bad field (at least one); the first is {@link #parameter()}. */
    public BadRequestException(java.util.List<Field> fields) {
        super(fields.get(0).message() + (fields.size() > 1 ? " (and " + (fields.size() - 1) + " more)" : ""));
        this.parameter = fields.get(0).parameter();
        this.fields = java.util.List.copyOf(fields);
    }

    public java.util.List<Field> fields() {
        return fields;
    }

    public String parameter() {
        return parameter;
    }
}
