package org.ftzobservatory.kernel;

import java.nio.file.Path;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Where the bundled dataset and the shared reference data live; everything is relative to {@code ftz.home}. */
@Component
public class FtzPaths {

    private final Path home;
    private final Path dataDir;
    private final Path referenceDir;

    public FtzPaths(@Value("${ftz.home:.}") String home,
                    @Value("${ftz.data-dir:}") String dataDir,
                    @Value("${ftz.reference-dir:}") String referenceDir) {
        this.home = Path.of(home).toAbsolutePath().normalize();
        this.dataDir = dataDir.isBlank() ? this.home.resolve("data") : Path.of(dataDir).toAbsolutePath();
        this.referenceDir = referenceDir.isBlank() ? this.home.resolve("../shared/reference").normalize()
                : Path.of(referenceDir).toAbsolutePath();
    }

    public Path home() {
        return home;
    }

    public Path dataDir() {
        return dataDir;
    }

    public Path referenceDir() {
        return referenceDir;
    }
}
