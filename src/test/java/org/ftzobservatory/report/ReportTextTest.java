package org.ftzobservatory.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.ftzobservatory.kernel.DatasetProblem;
import org.ftzobservatory.kernel.InvalidDatasetException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** data/report/annual-report.yaml is checked at load: the bundled file passes; slot typos, gaps and unknown ids are named. */
class ReportTextTest {

    @TempDir
    Path tmp;

    @Test
    void theBundledFileHasEverySectionInBothLanguages() {
        ReportText t = ReportText.load(Path.of("data"));
        assertThat(t.sections().keySet()).containsExactlyElementsOf(ReportText.SLOTS.keySet());
        t.sections().forEach((id, phrases) -> phrases.forEach((key, text) -> {
            assertThat(text.zh()).as(id + "." + key + " zh").isNotBlank();
            assertThat(text.en()).as(id + "." + key + " en").isNotBlank();
        }));
    }

    @Test
    void aSlotTheSectionDoesNotOfferAMissingSectionAndAnUnknownIdAreEachAProblemWithItsLine() throws Exception {
        String good = Files.readString(Path.of("data", ReportText.FILE));
        String bad = good.replace("\"{label}为{value}\"", "\"{label}为{valeu}\"")
                .replace("  - id: chronicle\n", "  - id: chronicles\n");
        Files.createDirectories(tmp.resolve("report"));
        Files.writeString(tmp.resolve(ReportText.FILE), bad);
        InvalidDatasetException e = catchThrowableOfType(InvalidDatasetException.class, () -> ReportText.load(tmp));
        List<String> problems = e.problems().stream().map(DatasetProblem::toString).toList();
        assertThat(problems).anyMatch(p -> p.startsWith(ReportText.FILE + ":") && p.contains("{valeu} is not a slot"))
                .anyMatch(p -> p.contains("'chronicles' is not a report section"))
                .anyMatch(p -> p.contains("section 'chronicle' is missing"));
        assertThat(problems).allMatch(p -> p.matches(".+:\\d+: .+"));
    }
}
