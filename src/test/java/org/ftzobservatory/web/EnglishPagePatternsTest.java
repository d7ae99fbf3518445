package org.ftzobservatory.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The patterns EnglishPagesBrowserIT fails on do catch what they name, and let ordinary English through. */
class EnglishPagePatternsTest {

    static boolean raw(String text) {
        return EnglishPagesBrowserIT.RAW.stream().anyMatch(p -> p.matcher(text).find());
    }

    @Test
    void rawIdsAreCaught() {
        for (String bad : List.of("guangdong/nansha", "state requires_changes", "ftz-report-2022:98-100", "../shared/reference/x",
                "see zones.yaml", "31200000000 CNY", "31,200,000,000 CNY", "1,234,567,890")) {
            assertThat(raw(bad)).as(bad).isTrue();
        }
        assertThat(EnglishPagesBrowserIT.CJK.matcher("Faster customs clearance（第4101行）").find()).isTrue();
    }

    @Test
    void readableTextPasses() {
        for (String ok : List.of("Report 2022 · Part 2 · Trade (lines 4101–4120)", "CNY 31.2 bn", "2021-12-27", "174 documents",
                "1,234,567 people", "and/or")) {
            assertThat(raw(ok)).as(ok).isFalse();
        }
        assertThat(EnglishPagesBrowserIT.CJK.matcher("Faster customs clearance (lines 4101–4120)").find()).isFalse();
    }
}
