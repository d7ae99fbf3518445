package org.ftzobservatory.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.ftzobservatory.kernel.BadRequestException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProposalValidatorTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            share above 1        | shanghai/lingang | 6319 |          | 1.5  | foreign_share | must be between 0 and 1, got 1.5
            negative share       | shanghai/lingang | 6319 |          | -0.1 | foreign_share | must be between 0 and 1, got -0.1
            unknown code         | shanghai         | 9999 |          | 0.5  | industry      | unknown GB/T 4754-2017 industry code '9999'
            unknown location     | atlantis         | 6319 |          | 0.5  | location      | unknown location 'atlantis'
            neither              | shanghai         |      |          | 0.5  | industry      | give an industry code (GB/T 4754-2017) or an activity
            no share             | shanghai         | 6319 |          |      | foreign_share | is required
            """)
    void badInputNamesTheField(String name, String location, String industry, String activity, Double share, String field, String message) {
        AccessCheckRequest r = new AccessCheckRequest(location, industry, activity, share, null, null, null, null, null);
        assertThatThrownBy(() -> ProposalValidator.validate(r, AccessFixtures.checker()))
                .isInstanceOfSatisfying(BadRequestException.class, e -> {
                    assertThat(e.parameter()).isEqualTo(field);
                    assertThat(e.getMessage()).contains(message);
                });
    }

    @Test
    void unknownChoicesAndImpossibleStructuresAreRefused() {
        AccessChecker c = AccessFixtures.checker();
        assertThatThrownBy(() -> ProposalValidator.validate(new AccessCheckRequest("shanghai", "6319", null, 0.4, null, "martian", null, null, null), c))
                .isInstanceOfSatisfying(BadRequestException.class, e -> assertThat(e.parameter()).isEqualTo("legal_rep_nationality"));
        assertThatThrownBy(() -> ProposalValidator.validate(new AccessCheckRequest("shanghai", "6319", null, 1.0, true, null, null, null, null), c))
                .isInstanceOfSatisfying(BadRequestException.class, e -> assertThat(e.parameter()).isEqualTo("chinese_control"));
        assertThatThrownBy(() -> ProposalValidator.validate(new AccessCheckRequest("shanghai", "6319", null, 0.4, null, null, null, null, "cross_border_supply"), c))
                .isInstanceOfSatisfying(BadRequestException.class, e -> assertThat(e.parameter()).isEqualTo("service_mode"));
    }

    @Test
    void acceptsSeveralCodesAndDefaultsTheStructure() {
        Proposal p = ProposalValidator.validate(new AccessCheckRequest(" shanghai/lingang ", "6319, 7242", null, 0.6, null, null, null, null, null),
                AccessFixtures.checker());
        assertThat(p.location()).isEqualTo("shanghai/lingang");
        assertThat(p.industries()).containsExactly("6319", "7242");
        assertThat(p.investmentForm()).isEqualTo("new_enterprise");
        assertThat(p.legalRepNationality()).isEqualTo("unspecified");
    }
}
