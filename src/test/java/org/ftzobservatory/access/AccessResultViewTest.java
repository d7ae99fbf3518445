package org.ftzobservatory.access;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Found by the soak driver (issue 14 §3): a partial-industry condition from a measure without sourced Chinese text (FTZ
 * measures 22, 24, 25 answered from their national counterparts, e.g. Shanghai, industry 877) had no scope, and the API's
 * answer and explanation then failed with a 500. Every condition now names its scope and every answer renders.
 */
class AccessResultViewTest {

    @Test
    void everyFixtureProposalRendersWithItsConditionsScoped() {
        AccessChecker checker = AccessFixtures.checker();
        int conditional = 0;
        for (Proposal p : AccessFixtures.proposals(3000, 20211227L)) {
            AccessResult r = checker.check(p);
            for (Condition c : r.conditions()) {
                if (c.conditional()) {
                    conditional++;
                    assertThat(c.ifZh()).as(p.toString()).isNotBlank();
                    assertThat(c.ifEn()).as(p.toString()).isNotBlank();
                }
            }
            assertThat(AccessResultView.tree(r, checker.policy()).path("explanation").path("zh").asString()).as(p.toString()).isNotBlank();
        }
        assertThat(conditional).as("the fixtures reach partial-industry conditions").isPositive();
    }
}
