package org.ftzobservatory.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class ExtractionRulesTest {

    @Test
    void theBundledRulesAreValid() {
        assertThat(Engines.RULES.issuers).contains("国发", "国办发", "国函", "商自贸发", "商自贸函", "发改体改", "环综合", "汇发",
                "国市监反垄发", "桂政发", "工信部政法函", "交法发");
    }

    @Test
    void everyProblemIsNamedWithItsKey() throws Exception {
        String yaml = Files.readString(Path.of("data/extraction/rules.yaml"))
                .replace("亿元: {multiplier: 100000000, currency: CNY}", "亿元: {multiplier: -1, currency: RMB1}")
                .replace("'\\d{1,3}'                       # a page number", "'(\\d'   # broken")
                .replace("max_noun_chars: 10", "max_noun_chars: zero");
        assertThatThrownBy(() -> ExtractionRules.parse(yaml))
                .isInstanceOfSatisfying(InvalidRulesException.class, e -> assertThat(e.problems()).contains(
                        "rules.yaml: amounts.units.亿元.multiplier: must be a positive number, not -1",
                        "rules.yaml: amounts.units.亿元.currency: 'RMB1' is not an ISO 4217 code such as CNY or USD",
                        "rules.yaml: counts.max_noun_chars: must be a positive whole number, not zero")
                        .anyMatch(p -> p.startsWith("rules.yaml: text.furniture[0]: '(\\d' is not a valid regular expression")));
    }

    @Test
    void aMissingSectionIsReported() {
        assertThatThrownBy(() -> ExtractionRules.parse("text: {}\n"))
                .isInstanceOfSatisfying(InvalidRulesException.class,
                        e -> assertThat(e.problems()).contains("rules.yaml: document_numbers: missing", "rules.yaml: text.sentence_end: missing"));
    }
}
