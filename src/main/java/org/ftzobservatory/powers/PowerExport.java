package org.ftzobservatory.powers;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.ftzobservatory.kernel.SheetWriter;
import org.springframework.stereotype.Service;

/**
 * Writes the power timeline as {@code delegated-powers.csv} and {@code delegated-powers.xlsx} in the import's columns,
 * one event a row in time order, so either file imports again into the same timeline. Synthetic events are not exported.
 */
@Service
public class PowerExport {

    public static final String BASENAME = "delegated-powers";

    private final PowerStore store;

    public PowerExport(PowerStore store) {
        this.store = store;
    }

    /** Writes both files into {@code dir}; returns the number of events. */
    public int export(Path dir) throws IOException {
        Files.createDirectories(dir);
        try (SheetWriter files = new SheetWriter(dir.resolve(BASENAME + ".csv"), dir.resolve(BASENAME + ".xlsx"), "delegated_powers",
                PowerService.COLUMNS)) {
            for (PowerEvent e : store.all()) {
                files.row(Arrays.asList(e.catalogue(), e.powerId(), e.nameZh(), e.department(), e.kind(), e.zone(),
                        e.mode() == null ? "" : e.mode(), e.action(), e.effective().toString()));
            }
            return files.rows();
        }
    }
}
