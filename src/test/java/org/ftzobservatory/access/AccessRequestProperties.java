package org.ftzobservatory.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;

import org.ftzobservatory.kernel.BadRequestException;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Issue 14 §4: an access-check request with any values is either a proposal the engine answers or a
 * {@link BadRequestException} naming one of the request's own fields (the 400's {@code errors[].parameter}) — never
 * another exception, neither from the validation nor from the check.
 */
class AccessRequestProperties {

    static final Set<String> FIELDS = Set.of("location", "industry", "activity", "foreign_share", "chinese_control",
            "legal_rep_nationality", "investment_form", "investor_origin", "service_mode", "date");

    private static Arbitrary<String> text(String... plausible) {
        return Arbitraries.oneOf(Arbitraries.of(plausible),
                Arbitraries.strings().withChars("/-_., :;'\"\\%\u0000\u202E中文〔〕").withCharRange('a', 'z').withCharRange('0', '9').ofMaxLength(30),
                Arbitraries.<String>just(null), Arbitraries.just(""), Arbitraries.just("x".repeat(5_000)));
    }

    @Provide
    Arbitrary<AccessCheckRequest> requests() {
        Arbitrary<Double> share = Arbitraries.oneOf(Arbitraries.doubles().between(-2, 2), Arbitraries.of(Double.NaN,
                Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, -0.0, Double.MIN_VALUE, Double.MAX_VALUE), Arbitraries.<Double>just(null));
        return Combinators.combine(
                text("shanghai/lingang", "henan", "hainan", "beijing/x", "nowhere"),
                text("6319", "6319,I64", "A", "0111;0112", "99999"),
                text("增值电信业务", "news", "出版"),
                share,
                Arbitraries.of(Boolean.TRUE, Boolean.FALSE, null),
                text("chinese", "foreign"),
                text("equity_joint_venture", "wholly_foreign_owned", "x"),
                Arbitraries.of("2021-06-30", "2025-03-01", "1999-01-01", "2021-02-30", "3000-01-01", "0000-00-00", "yesterday", "")
        ).as((loc, ind, act, sh, ctl, rep, form, date) -> new AccessCheckRequest(loc, ind, act, sh, ctl, rep, form, null, null, date));
    }

    @Property(tries = 500)
    void anyRequestIsAnsweredOrRefusedNamingOneOfItsFields(@ForAll("requests") AccessCheckRequest request) {
        AccessChecker checker = AccessFixtures.checker();
        Proposal proposal;
        try {
            proposal = ProposalValidator.validate(request, checker, LocalDate.of(2025, 6, 1));
        } catch (BadRequestException e) {
            assertThat(FIELDS).as(e.getMessage()).contains(e.parameter());
            assertThat(e.getMessage()).isNotBlank();
            return;
        }
        AccessResult result = checker.check(proposal);
        assertThat(result.verdict()).isNotNull();
        assertThat(result.proposal()).isEqualTo(proposal);
    }
}
