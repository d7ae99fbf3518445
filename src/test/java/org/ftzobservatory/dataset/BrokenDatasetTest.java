package org.ftzobservatory.dataset;

import org.ftzobservatory.kernel.ReferenceData;
import org.ftzobservatory.kernel.DatasetProblem;
import org.ftzobservatory.kernel.InvalidDatasetException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A broken dataset is rejected with one {@code file:line: field: problem} per mistake, never partly read. */
class BrokenDatasetTest {

    @TempDir
    Path dir;

    /** Copies the bundled dataset and applies the three classic curator mistakes; returns their expected line numbers. */
    static int[] corrupt(Path target) throws IOException {
        copy(Path.of("data"), target);
        Path docs = target.resolve("documents/local.yaml");
        List<String> lines = Files.readAllLines(docs);
        int zoneLine = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).trim().startsWith("zones: [")) {
                lines.set(i, lines.get(i).replaceFirst("zones: \\[", "zones: [atlantis, "));
                zoneLine = i + 1;
                break;
            }
        }
        Files.write(docs, lines);

        Path chronicle = target.resolve("chronicle.yaml");
        List<String> ev = Files.readAllLines(chronicle);
        int dateLine = -1;
        for (int i = 0; i < ev.size(); i++) {
            if (ev.get(i).trim().startsWith("date:")) {
                ev.set(i, ev.get(i).replaceFirst("date:.*", "date: 2021-02-30"));
                dateLine = i + 1;
                break;
            }
        }
        Files.write(chronicle, ev);

        Path stats = target.resolve("statistics/part1-c.csv");
        List<String> rows = Files.readAllLines(stats);
        // a copy of the first row appended: its id is a duplicate (renaming a row would also break the cases linking it)
        rows.add(rows.get(1));
        Files.write(stats, rows);
        return new int[] {zoneLine, dateLine, rows.size()};
    }

    @Test
    void unknownZoneBadDateAndDuplicateIdAreAllReportedWithFileAndLine() throws IOException {
        int[] lines = corrupt(dir);
        InvalidDatasetException e = catchThrowableOfType(InvalidDatasetException.class,
                () -> DatasetReader.read(dir, ReferenceData.load(Path.of("../shared/reference"))));
        List<String> messages = e.problems().stream().map(DatasetProblem::toString).toList();
        assertThat(messages).anySatisfy(m -> assertThat(m).startsWith("documents/local.yaml:" + lines[0] + ": zones: unknown zone 'atlantis'"));
        assertThat(messages).anySatisfy(m -> assertThat(m).startsWith("chronicle.yaml:" + lines[1] + ": date: no such day"));
        assertThat(messages).anySatisfy(m -> assertThat(m).startsWith("statistics/part1-c.csv:" + lines[2] + ": id: duplicate id"));
        assertThat(e.problems()).hasSize(3);
    }

    @Test
    void yamlSyntaxErrorsPointAtTheLine() throws IOException {
        copy(Path.of("data"), dir);
        Files.writeString(dir.resolve("platforms.yaml"), "platforms:\n  - id: a\n    name_zh: [unclosed\n");
        InvalidDatasetException e = catchThrowableOfType(InvalidDatasetException.class,
                () -> DatasetReader.read(dir, ReferenceData.none()));
        assertThat(e.problems()).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo("platforms.yaml");
            assertThat(p.field()).isEqualTo("(yaml)");
        });
    }

    @Test
    void unknownFieldsAreFlaggedNotDropped() throws IOException {
        copy(Path.of("data"), dir);
        Path units = dir.resolve("units.yaml");
        Files.writeString(units, Files.readString(units).replaceFirst("name_en: yuan", "nmae_en: yuan"));
        InvalidDatasetException e = catchThrowableOfType(InvalidDatasetException.class,
                () -> DatasetReader.read(dir, ReferenceData.none()));
        assertThat(e.problems()).extracting(DatasetProblem::field).contains("nmae_en", "name_en");
    }

    static void copy(Path from, Path to) throws IOException {
        try (var files = Files.walk(from)) {
            for (Path p : files.toList()) {
                Path t = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(p, t);
                }
            }
        }
    }
}
