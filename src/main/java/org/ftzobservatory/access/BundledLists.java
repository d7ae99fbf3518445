package org.ftzobservatory.access;

import org.ftzobservatory.kernel.FtzPaths;
import org.ftzobservatory.kernel.ReferenceData;

/**
 * The negative lists exactly as bundled in {@code data/negative-lists/}, with the zones of {@code data/zones.yaml}: read
 * and compiled without Spring or a database, so {@code ftz check-access} and {@code ftz diff-lists} answer in the time it
 * takes to read the files. The served lists ({@link NegativeListService}) start from the same files but may hold measures
 * officials completed since ({@code ftz import-list}).
 */
public record BundledLists(NegativeListData data, IndustryClassification classification, AccessChecker checker) {

    public static BundledLists load(FtzPaths paths) {
        IndustryClassification gbt = IndustryClassification.load(paths.referenceDir().resolve("gbt4754-2017/codes.csv"),
                paths.dataDir().resolve("negative-lists/gbt4754-names-en.csv"));
        NegativeListData data = NegativeListFiles.read(paths.dataDir().resolve("negative-lists"), gbt);
        // data/zones.yaml has the reference file's shape: the FTZ and sub-zone ids the database would hold after an import.
        ReferenceData zones = ReferenceData.load(paths.dataDir());
        return new BundledLists(data, gbt, new AccessChecker(data, gbt, zones.ftzIds(), zones.subzoneRefs()));
    }
}
