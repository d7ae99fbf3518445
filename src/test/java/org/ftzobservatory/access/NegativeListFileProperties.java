package org.ftzobservatory.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.ftzobservatory.kernel.DatasetProblem;
import org.ftzobservatory.kernel.InvalidDatasetException;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Issue 14 §4: a negative-list file an official imports ({@code ./ftz import-list}), damaged anywhere, is read into
 * measures or refused with {@code file:line: field: problem} lines ({@link InvalidDatasetException}) — never another
 * exception, never a problem without a line inside the file. The damage is applied to the bundled national list.
 */
class NegativeListFileProperties {

    private static Path dir;
    private static List<String> original;

    @BeforeContainer
    static void load() throws IOException {
        dir = Files.createTempDirectory("ftz-list-files");
        original = Files.readAllLines(AccessFixtures.DATA.resolve("negative-lists/national-2021.yaml"), StandardCharsets.UTF_8);
    }

    @AfterContainer
    static void removeDir() throws IOException {
        Files.deleteIfExists(dir.resolve("national-2021.yaml"));
        Files.delete(dir);
    }

    /** One damage to a line: cut, duplicated, replaced by noise, or a value swapped for a hostile one. */
    record Damage(int line, int kind, String noise) {
    }

    @Provide
    Arbitrary<List<Damage>> damages() {
        Arbitrary<String> noise = Arbitraries.oneOf(
                Arbitraries.strings().withChars(":-[]{}&*!|>'\"#\t \u0000中").withCharRange('a', 'z').ofMaxLength(20),
                Arbitraries.of("seq: -1", "seq: 99999999999", "seq: x", "kinds: [nonsense]", "max_foreign_share: 1.5",
                        "max_foreign_share: -0.1", "max_foreign_share: abc", "codes: ['99999']", "codes: [null]", "source: nowhere",
                        "effective: 2021-02-30", "list: no-such-list", "rules: {}", "rules: 7", "- {}", "text_zh: \"\\u0000\""));
        Arbitrary<Damage> one = Combinators.combine(Arbitraries.integers().between(0, 10_000), Arbitraries.integers().between(0, 4), noise)
                .as(Damage::new);
        return one.list().ofMinSize(1).ofMaxSize(4);
    }

    @Property(tries = 200)
    void aDamagedListFileGivesMeasuresOrLinedProblems(@ForAll("damages") List<Damage> damages) throws IOException {
        List<String> lines = new ArrayList<>(original);
        for (Damage d : damages) {
            int i = d.line() % lines.size();
            switch (d.kind()) {
                case 0 -> lines.remove(i);
                case 1 -> lines.add(i, lines.get(i));
                case 2 -> lines.set(i, d.noise());
                case 3 -> lines.set(i, lines.get(i).replaceFirst(":.*", ": " + d.noise()));
                default -> lines.add(i, "  " + d.noise());
            }
            if (lines.isEmpty()) {
                lines.add("");
            }
        }
        Path f = dir.resolve("national-2021.yaml");
        Files.write(f, lines, StandardCharsets.UTF_8);
        try {
            List<NegativeListMeasure> measures = NegativeListFiles.readMeasureFile(f, AccessFixtures.data(), AccessFixtures.industries());
            assertThat(measures).allSatisfy(m -> assertThat(m.seq()).isPositive());
        } catch (InvalidDatasetException e) {
            assertThat(e.problems()).isNotEmpty();
            for (DatasetProblem p : e.problems()) {
                assertThat(p.line()).as(p.toString()).isBetween(0, lines.size() + 1);
                assertThat(p.message()).as(p.toString()).isNotBlank();
            }
        }
    }
}
