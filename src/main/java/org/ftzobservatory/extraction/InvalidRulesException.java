package org.ftzobservatory.extraction;

import java.util.List;

/** The rules file is broken; {@link #problems()} has one {@code rules.yaml: key: problem} line each. */
public class InvalidRulesException extends RuntimeException {

    private final List<String> problems;

    public InvalidRulesException(List<String> problems) {
        super(String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
