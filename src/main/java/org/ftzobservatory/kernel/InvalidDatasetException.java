package org.ftzobservatory.kernel;

import java.util.List;

/** The dataset failed validation; nothing was written. */
public class InvalidDatasetException extends RuntimeException {
    private final List<DatasetProblem> problems;

    public InvalidDatasetException(List<DatasetProblem> problems) {
        super(problems.size() + " problem(s) in the dataset; first: " + (problems.isEmpty() ? "-" : problems.get(0)));
        this.problems = List.copyOf(problems);
    }

    public List<DatasetProblem> problems() {
        return problems;
    }
}
