package org.ftzobservatory.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.ftzobservatory.kernel.BadRequestException;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Size;

/** The request parser: industry lists in any separator, shares inside and outside 0–1. */
class ProposalValidatorProperties {

    @Property
    void industryCodesParseBackWhateverTheSeparator(@ForAll @Size(min = 1, max = 5) List<@net.jqwik.api.From("codes") String> codes,
                                                   @ForAll("separators") String separator) {
        String joined = String.join(separator, codes);
        Proposal p = ProposalValidator.validate(new AccessCheckRequest("mainland", joined, null, 0.5, null, null, null, null, null),
                AccessFixtures.checker());
        assertThat(p.industries()).containsExactlyElementsOf(codes);
    }

    @Property
    void everyShareFromZeroToOneIsKept(@ForAll @DoubleRange(min = 0, max = 1) double share) {
        Proposal p = ProposalValidator.validate(new AccessCheckRequest("shanghai", "6319", null, share, null, null, null, null, null),
                AccessFixtures.checker());
        assertThat(p.foreignShare()).isEqualTo(share);
    }

    @Property
    void everyShareOutsideZeroToOneIsRefusedByName(@ForAll("outside") double share) {
        assertThatThrownBy(() -> ProposalValidator.validate(new AccessCheckRequest("shanghai", "6319", null, share, null, null, null, null, null),
                AccessFixtures.checker()))
                .isInstanceOfSatisfying(BadRequestException.class, e -> assertThat(e.parameter()).isEqualTo("foreign_share"));
    }

    @Provide
    Arbitrary<String> codes() {
        return Arbitraries.of(AccessFixtures.industries().all().stream().map(IndustryCode::code).toList());
    }

    @Provide
    Arbitrary<String> separators() {
        return Arbitraries.of(",", ", ", "，", " ", "\t");
    }

    @Provide
    Arbitrary<Double> outside() {
        return Arbitraries.oneOf(Arbitraries.doubles().between(-1e6, -1e-6).ofScale(6), Arbitraries.doubles().between(1.000001, 1e6).ofScale(6),
                Arbitraries.just(Double.NaN));
    }
}
