package org.ftzobservatory.replication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.ftzobservatory.kernel.DatasetProblem;
import org.ftzobservatory.kernel.InvalidDatasetException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** workflow.yaml carries the task phases and the funnel; broken files are refused with file:line problems. */
class WorkflowFileTest {

    private static final Path BUNDLED = Path.of("data/replication/workflow.yaml");

    @Test
    void theBundledFileGivesTheOpenAndLandedStatesAndTheFunnelInOrder() {
        Workflow w = WorkflowFile.read(BUNDLED);
        assertThat(w.task().inPhase(StateMachine.OPEN)).containsExactly("planned", "in_progress");
        assertThat(w.task().inPhase(StateMachine.LANDED)).containsExactly("landed", "reviewed");
        assertThat(w.selectedState()).isEqualTo("selected");
        assertThat(w.funnel()).extracting(Workflow.Stage::id).containsExactly("announced", "landed");
        assertThat(w.stageName("announced").en()).isEqualTo("replication announced");
        assertThat(w.stageName("under_evaluation").en()).isEqualTo("under evaluation");
    }

    @Test
    void theFunnelCountsEachRecordUpToTheStageItReached() {
        Workflow w = WorkflowFile.read(BUNDLED);
        List<Map<String, Object>> records = List.of(
                record("recorded", false, false), record("submitted", false, false), record("selected", false, false),
                record("selected", true, false), record("selected", true, true),
                // A landed task without an announcement cannot skip the stage before it.
                record("selected", false, true));
        assertThat(ReplicationDashboard.funnel(w, records)).extracting(r -> r.get("stage") + "=" + r.get("n"))
                .containsExactly("recorded=6", "submitted=5", "under_evaluation=4", "selected=4", "announced=2", "landed=1");
    }

    @Test
    void aStateWithoutPhaseAnUnknownPhaseAndADuplicateStageAreReportedWithTheirLines(@TempDir Path dir) throws Exception {
        String yaml = Files.readString(BUNDLED)
                .replace("{id: planned,     zh: 已部署, en: planned,     phase: open}", "{id: planned,     zh: 已部署, en: planned}")
                .replace("phase: landed}", "phase: finished}")
                .replace("{id: announced,", "{id: submitted,");
        Path file = dir.resolve("workflow.yaml");
        Files.writeString(file, yaml);
        List<String> lines = yaml.lines().toList();
        assertThatThrownBy(() -> WorkflowFile.read(file)).isInstanceOf(InvalidDatasetException.class).satisfies(e -> {
            List<DatasetProblem> problems = ((InvalidDatasetException) e).problems();
            assertThat(problems).extracting(DatasetProblem::toString).anySatisfy(p -> assertThat(p)
                    .isEqualTo("replication/workflow.yaml:" + lineOf(lines, "{id: planned,") + ": phase: is required"));
            assertThat(problems).extracting(DatasetProblem::toString).anySatisfy(p -> assertThat(p)
                    .startsWith("replication/workflow.yaml:" + lineOf(lines, "{id: landed,      zh: 已落地") + ": phase: 'finished' is not one of"));
            assertThat(problems).extracting(DatasetProblem::toString).anySatisfy(p -> assertThat(p)
                    .startsWith("replication/workflow.yaml:" + lineOf(lines, "{id: submitted, zh: 已部署复制推广") + ": id: 'submitted' is already"));
            assertThat(problems).extracting(DatasetProblem::toString).anySatisfy(p -> assertThat(p).endsWith(": states: no state has phase landed"));
        });
    }

    private static int lineOf(List<String> lines, String text) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError("no line with " + text);
    }

    private static Map<String, Object> record(String state, boolean announced, boolean landed) {
        return Map.of("state", state, "announced", announced, "task_landed", landed);
    }
}
