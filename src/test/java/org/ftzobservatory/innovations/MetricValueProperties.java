package org.ftzobservatory.innovations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.Scale;

class MetricValueProperties {

    @Property
    void aRangeReadsBackItsBounds(@ForAll @BigRange(min = "0", max = "100000") @Scale(2) BigDecimal a,
                                  @ForAll @BigRange(min = "0", max = "100000") @Scale(2) BigDecimal b) {
        BigDecimal low = a.min(b);
        BigDecimal high = a.max(b);
        MetricValue v = MetricValue.parse(low.toPlainString() + "-" + high.toPlainString());
        assertThat(v.low()).isEqualByComparingTo(low);
        assertThat(v.high()).isEqualByComparingTo(high);
        assertThat(MetricValue.parse(v.toString())).isEqualTo(v);
    }

    @Property
    void aSingleNumberIsADegenerateRange(@ForAll @BigRange(min = "-1000", max = "1000000") @Scale(3) BigDecimal x) {
        MetricValue v = MetricValue.parse(x.toPlainString());
        assertThat(v.isRange()).isFalse();
        assertThat(v.low()).isEqualByComparingTo(x);
    }

    @Property
    void textThatIsNotANumberIsRejected(@ForAll String s) {
        if (s.replace(" ", "").matches("-?\\d+(\\.\\d+)?(-\\d+(\\.\\d+)?)?")) {
            return;
        }
        assertThatThrownBy(() -> MetricValue.parse(s)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("number");
    }

    @Example
    void backwardsRangesAreRejected() {
        assertThatThrownBy(() -> MetricValue.parse("25-15")).hasMessageContaining("backwards");
        assertThat(MetricValue.parse("15 - 25").toString()).isEqualTo("15-25");
    }
}
