package org.ftzobservatory.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PartialDateTest {

    @Test
    void keepsThePrecisionTheSourceGives() {
        assertThat(PartialDate.parse("2021").toString()).isEqualTo("2021");
        assertThat(PartialDate.parse("2021-09").toString()).isEqualTo("2021-09");
        assertThat(PartialDate.parse("2021-09-06").toString()).isEqualTo("2021-09-06");
        assertThat(PartialDate.parse("2021-09").earliest()).hasToString("2021-09-01");
    }

    @Test
    void rejectsImpossibleDatesWithAReason() {
        assertThatThrownBy(() -> PartialDate.parse("2021-02-30")).hasMessageContaining("no such day");
        assertThatThrownBy(() -> PartialDate.parse("2021-13")).hasMessageContaining("month 13");
        assertThatThrownBy(() -> PartialDate.parse("21/9/2021")).hasMessageContaining("YYYY-MM-DD");
    }

    @Test
    void sourceRefsParseReportRangesAndReferences() {
        SourceRef r = SourceRef.parse("ftz-report-2022:1017-1033, 1092");
        assertThat(r.ranges()).containsExactly(new SourceRef.LineRange(1017, 1033), new SourceRef.LineRange(1092, 1092));
        assertThat(r).hasToString("ftz-report-2022:1017-1033,1092");
        assertThat(SourceRef.parse("reference:zones.yaml").isReport()).isFalse();
        assertThatThrownBy(() -> SourceRef.parse("ftz-report-2022:30-10")).hasMessageContaining("forward");
        assertThatThrownBy(() -> SourceRef.parse("the report")).hasMessageContaining("not a source");
    }
}
