package org.ftzobservatory.kernel;

import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.stereotype.Component;

/**
 * The section map of the bundled dataset (data/report-sections.yaml), read and validated once at start-up: a broken map
 * stops the application with {@code file:line: field: problem} lines rather than mislabelling citations.
 */
@Component
public class ReportSections {

    public static final String FILE = "report-sections.yaml";

    private final ReportSectionMap map;

    public ReportSections(FtzPaths paths) {
        Path yaml = paths.dataDir().resolve(FILE);
        this.map = Files.isRegularFile(yaml) ? ReportSectionMap.read(yaml, reportText(paths)) : null;
    }

    /** The seed report beside the reference data; absent on a node that only has the dataset. */
    public static Path reportText(FtzPaths paths) {
        return paths.referenceDir().resolveSibling("seed").resolve("ftz-report-2022.txt");
    }

    /** The map, or null when the dataset has none (citations then show the report and its lines only). */
    public ReportSectionMap map() {
        return map;
    }
}
