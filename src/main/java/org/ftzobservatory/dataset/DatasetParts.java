package org.ftzobservatory.dataset;

import java.util.Comparator;
import java.util.List;
import java.util.ServiceLoader;

/** Every {@link DatasetPart} on the class path, in order; found through {@link ServiceLoader} so no feature is named here. */
final class DatasetParts {

    private static final List<DatasetPart<?>> ALL = ServiceLoader.load(DatasetPart.class).stream()
            .<DatasetPart<?>>map(ServiceLoader.Provider::get)
            .sorted(Comparator.comparingInt(p -> p.order())).toList();

    private DatasetParts() {
    }

    static List<DatasetPart<?>> all() {
        return ALL;
    }
}
