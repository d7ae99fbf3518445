package org.ftzobservatory.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Issue 14 §4: dataset YAML files and ledger files (CSV, XLSX) of any content are read or refused in words: YAML gives
 * a mapping or at least one {@code file:line} problem, never an exception; a sheet gives rows or
 * {@link SheetRows.UnreadableFileException}, nothing else. Raised to 100,000 tries by the long fuzz profile (bench/README.md).
 */
class HostileFilesProperties {

    private static Path dir;

    @BeforeContainer
    static void makeDir() throws IOException {
        dir = Files.createTempDirectory("ftz-hostile-files");
    }

    @AfterContainer
    static void removeDir() throws IOException {
        try (var files = Files.list(dir)) {
            for (Path p : files.toList()) {
                Files.delete(p);
            }
        }
        Files.delete(dir);
    }

    /** Text made of YAML's syntax characters, Chinese, controls and line breaks, around real-looking keys. */
    @Provide
    Arbitrary<String> yamlish() {
        Arbitrary<String> noise = Arbitraries.strings().withChars(":-[]{}&*!|>'\"%@#,?\t \n\r\u0000\u0085\u2028\uFEFF中文号〔〕")
                .withCharRange('a', 'e').withCharRange('0', '9').ofMaxLength(40);
        Arbitrary<String> line = Arbitraries.oneOf(noise, Arbitraries.of("id: henan", "- id: x", "  source: ftz-report-2022:1-2",
                "zones:", "  - a", "key: &a [1, 2]", "other: *a", "date: 2021-02-30", "n: 0x1F", "x: !!binary AAAA", "? complex",
                "<<: *a", "id: henan\nid: again"));
        return line.list().ofMaxSize(12).map(l -> String.join("\n", l));
    }

    @Property(tries = 300)
    void anyTextAsADatasetFileIsAMappingOrProblemsWithLines(@ForAll("yamlish") String text) throws IOException {
        Path f = dir.resolve("data.yaml");
        Files.writeString(f, text, StandardCharsets.UTF_8);
        Problems problems = new Problems();
        Node root = YamlFile.read(f, "data.yaml", problems);
        long lines = text.split("\r\n|\r|\n|\u0085|\u2028", -1).length;
        if (root == null) {
            assertThat(problems.isEmpty()).as("a refused file says why").isFalse();
        }
        for (DatasetProblem p : problems.sorted()) {
            assertThat(p.line()).as(p.toString()).isBetween(0, (int) lines + 1);
            assertThat(p.file()).isEqualTo("data.yaml");
        }
    }

    @Provide
    Arbitrary<byte[]> sheetBytes() {
        Arbitrary<byte[]> raw = Arbitraries.bytes().array(byte[].class).ofMaxSize(300);
        Arbitrary<byte[]> csvish = Arbitraries.strings().withChars(",\"\n\r ;\t\u0000\uFEFFab中1").ofMaxLength(200)
                .map(s -> s.getBytes(StandardCharsets.UTF_8));
        // A zip header so that the XLSX reader gets past "not a zip" into its parts.
        Arbitrary<byte[]> zipish = raw.map(b -> {
            byte[] out = new byte[b.length + 4];
            out[0] = 'P';
            out[1] = 'K';
            out[2] = 3;
            out[3] = 4;
            System.arraycopy(b, 0, out, 4, b.length);
            return out;
        });
        return Arbitraries.oneOf(raw, csvish, zipish);
    }

    @Property(tries = 300)
    void anyBytesAsALedgerFileAreRowsOrOneRefusal(@ForAll("sheetBytes") byte[] bytes, @ForAll boolean xlsx) throws IOException {
        String name = xlsx ? "ledger.xlsx" : "ledger.csv";
        Path f = dir.resolve(name);
        Files.write(f, bytes);
        List<Integer> numbers = new ArrayList<>();
        try {
            SheetRows.read(f, name, (number, cells) -> {
                assertThat(cells).isNotNull();
                numbers.add(number);
            });
        } catch (SheetRows.UnreadableFileException e) {
            assertThat(e.getMessage()).as("one line for the user").isNotBlank().doesNotContain("\n\tat ");
            return;
        }
        assertThat(numbers).as("row numbers increase").isSorted().doesNotHaveDuplicates();
        if (xlsx) {
            assertThat(numbers).as("random bytes are not a workbook").isEmpty();
        }
    }
}
