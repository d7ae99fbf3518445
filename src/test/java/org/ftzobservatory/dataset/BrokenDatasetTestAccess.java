package org.ftzobservatory.dataset;

import java.io.IOException;
import java.nio.file.Path;

/** Lets tests in other packages build the same corrupted dataset copy as {@link BrokenDatasetTest}. */
public final class BrokenDatasetTestAccess {
    private BrokenDatasetTestAccess() {
    }

    public static int[] corrupt(Path target) throws IOException {
        return BrokenDatasetTest.corrupt(target);
    }
}
