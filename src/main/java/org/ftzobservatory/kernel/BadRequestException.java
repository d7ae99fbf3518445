package org.ftzobservatory.kernel;

/** A request parameter with a bad value; reported as a 400 problem detail that names the parameter. */
public class BadRequestException extends RuntimeException {
    private final String parameter;

    public BadRequestException(String parameter, String message) {
        super(message);
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }
}
