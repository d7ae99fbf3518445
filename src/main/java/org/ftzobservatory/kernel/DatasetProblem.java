package org.ftzobservatory.kernel;

/** One thing wrong in a dataset file, printed as {@code file:line: field: problem}. */
public record DatasetProblem(String file, int line, String field, String message) {
    @Override
    public String toString() {
        return file + ":" + line + ": " + field + ": " + message;
    }
}
