package org.ftzobservatory.kernel;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects every problem of a load, so a curator sees all of them in one run instead of one per attempt. */
public final class Problems {
    private final List<DatasetProblem> list = new ArrayList<>();

    public void add(String file, int line, String field, String message) {
        list.add(new DatasetProblem(file, line, field, message));
    }

    public boolean isEmpty() {
        return list.isEmpty();
    }

    public List<DatasetProblem> sorted() {
        return list.stream()
                .sorted(Comparator.comparing(DatasetProblem::file).thenComparingInt(DatasetProblem::line))
                .toList();
    }
}
