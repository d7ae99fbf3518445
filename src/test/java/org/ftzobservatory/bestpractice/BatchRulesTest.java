package org.ftzobservatory.bestpractice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.ftzobservatory.kernel.InvalidDatasetException;
import org.ftzobservatory.replication.Workflow;
import org.ftzobservatory.replication.WorkflowFile;
import org.ftzobservatory.security.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The batch rules file, and the selection level a library case enters the ledger at, both read from the bundled data. */
class BatchRulesTest {

    static final Path DATA = Path.of("data");

    @Test
    void theBundledRulesPublishFromTheDraftStateAndCorrectFourFields() {
        BatchRules rules = BatchRules.load(DATA.resolve("best-practices/workflow.yaml"));
        assertThat(rules.isDraft("draft")).isTrue();
        assertThat(rules.publishedState()).isEqualTo("published");
        assertThat(rules.machine().move("draft", "published").orElseThrow().roles()).containsExactly(Role.NATIONAL_ADMIN);
        assertThat(rules.machine().move("published", "draft")).isEmpty();
        assertThat(rules.correctable()).extracting(BatchRules.Field::id).containsExactly("document_no", "issued", "summary_zh", "summary_en");
        assertThat(rules.editRoles()).containsExactly(Role.NATIONAL_ADMIN);
    }

    @Test
    void aBrokenRulesFileNamesEachProblemWithItsLine(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("workflow.yaml");
        Files.writeString(f, """
                batch:
                  initial: draft
                  states:
                    - {id: draft, zh: 草稿, en: draft}
                  transitions:
                    - {from: draft, to: gone, roles: [KING]}
                  correctable:
                    - {field: title, zh: 标题, en: title}
                """, StandardCharsets.UTF_8);
        assertThatThrownBy(() -> BatchRules.load(f)).isInstanceOf(InvalidDatasetException.class)
                .satisfies(e -> assertThat(((InvalidDatasetException) e).problems().toString())
                        .contains("gone").contains("KING").contains("'title' is not a batch field").contains(":6"));
    }

    @Test
    void aLibraryCaseEntersTheLedgerAtTheHighestLevelItsAnnouncerMaySelectAt() {
        Workflow w = WorkflowFile.read(DATA.resolve("replication/workflow.yaml"));
        assertThat(LibraryLedger.levelFor(w, Role.PROVINCE_REVIEWER, "regions", null).id()).isEqualTo("province");
        assertThat(LibraryLedger.levelFor(w, Role.PROVINCE_REVIEWER, "regions", 4).id()).as("a reviewer never selects nationally").isEqualTo("province");
        assertThat(LibraryLedger.levelFor(w, Role.NATIONAL_ADMIN, "regions", null).id()).as("national needs a batch").isEqualTo("province");
        assertThat(LibraryLedger.levelFor(w, Role.NATIONAL_ADMIN, "regions", 4).id()).isEqualTo("national");
        assertThat(LibraryLedger.levelFor(w, Role.NATIONAL_ADMIN, "national", 5).id()).isEqualTo("national");
        assertThatThrownBy(() -> LibraryLedger.levelFor(w, Role.NATIONAL_ADMIN, "national", null)).hasMessageContaining("batch");
        assertThatThrownBy(() -> LibraryLedger.levelFor(w, Role.ZONE_EDITOR, "regions", null)).hasMessageContaining("level");
    }
}
