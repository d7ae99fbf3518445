package org.ftzobservatory.innovations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.ftzobservatory.kernel.BadRequestException;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** The completeness rules of a platform case and the form that carries one: what is complete passes, each gap is named. */
class CaseRulesProperties {

    static final Set<String> ZONES = Set.of("henan", "henan/zhengzhou", "shanghai", "shanghai/lingang");
    static final Set<String> DOMAINS = Set.of("trade", "investment");
    static final Set<String> TAGS = Set.of("proactive-service", "parallel-approval");
    static final Set<String> UNITS = Set.of("day", "%", "count");
    static final CaseRules.Catalog KNOWN = new CaseRules.Catalog(ZONES::contains, DOMAINS::contains, TAGS::contains, UNITS::contains);

    @Provide
    Arbitrary<NewCase> completeCases() {
        Arbitrary<String> text = Arbitraries.strings().withCharRange('a', 'z').withChars(' ', '保', '税').ofMinLength(1).ofMaxLength(40)
                .filter(s -> !s.isBlank());
        Arbitrary<String> value = Arbitraries.integers().between(0, 500).flatMap(low -> Arbitraries.integers().between(0, 50)
                .map(w -> w == 0 ? String.valueOf(low) : low + "-" + (low + w)));
        Arbitrary<NewCase.Metric> metric = Combinators.combine(text, text, Arbitraries.of(UNITS), value.injectNull(0.3), value)
                .as(NewCase.Metric::new);
        Arbitrary<List<String>> titles = Combinators.combine(text, text).as(List::of);
        return Combinators.combine(titles, Arbitraries.subsetOf(ZONES).ofMinSize(1), Arbitraries.of(DOMAINS),
                Arbitraries.subsetOf(TAGS).ofMinSize(1), titles, Arbitraries.integers().between(1990, 2100).injectNull(0.2),
                metric.list().ofMaxSize(4)).as((t, z, d, g, s, y, m) ->
                new NewCase(t.get(0), t.get(1), new ArrayList<>(z), d, new ArrayList<>(g), s.get(0), s.get(1), y, m));
    }

    @Property
    void aCompleteCaseHasNoProblems(@ForAll("completeCases") NewCase c) {
        assertThat(CaseRules.problems(c, KNOWN)).isEmpty();
    }

    @Property
    void eachGapIsNamedByItsField(@ForAll("completeCases") NewCase c, @ForAll @IntRange(min = 0, max = 5) int gap) {
        NewCase broken = switch (gap) {
            case 0 -> new NewCase(c.titleZh(), " ", c.zones(), c.domain(), c.tags(), c.summaryZh(), c.summaryEn(), c.year(), c.metrics());
            case 1 -> new NewCase(c.titleZh(), c.titleEn(), List.of("mars"), c.domain(), c.tags(), c.summaryZh(), c.summaryEn(), c.year(), c.metrics());
            case 2 -> new NewCase(c.titleZh(), c.titleEn(), c.zones(), "weather", c.tags(), c.summaryZh(), c.summaryEn(), c.year(), c.metrics());
            case 3 -> new NewCase(c.titleZh(), c.titleEn(), c.zones(), c.domain(), List.of(), c.summaryZh(), c.summaryEn(), c.year(), c.metrics());
            case 4 -> new NewCase(c.titleZh(), c.titleEn(), c.zones(), c.domain(), c.tags(), c.summaryZh(), c.summaryEn(), 1800, c.metrics());
            default -> new NewCase(c.titleZh(), c.titleEn(), c.zones(), c.domain(), c.tags(), c.summaryZh(), c.summaryEn(), c.year(),
                    List.of(new NewCase.Metric("q", "q", "fortnight", "x", null)));
        };
        String field = List.of("title_en", "zones", "domain", "tags", "year", "metrics[0].unit").get(gap);
        assertThat(CaseRules.problems(broken, KNOWN)).extracting(BadRequestException.Field::parameter).contains(field);
        assertThatThrownBy(() -> CaseRules.check(broken, KNOWN)).isInstanceOf(BadRequestException.class);
    }

    /** What the form posts reads back as the case it shows (blank figure rows left out). */
    @Property
    void theFormReadsBackTheCaseItCarries(@ForAll("completeCases") NewCase c) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("title_zh", c.titleZh());
        form.add("title_en", c.titleEn());
        c.zones().forEach(z -> form.add("zones", z));
        form.add("domain", c.domain());
        c.tags().forEach(t -> form.add("tags", t));
        form.add("summary_zh", c.summaryZh());
        form.add("summary_en", c.summaryEn());
        form.add("year", c.year() == null ? "" : String.valueOf(c.year()));
        for (NewCase.Metric m : c.metrics()) {
            form.add("metric_quantity_zh", m.quantityZh());
            form.add("metric_quantity_en", m.quantityEn());
            form.add("metric_unit", m.unit());
            form.add("metric_before", m.before() == null ? "" : m.before());
            form.add("metric_after", m.after());
        }
        for (String k : List.of("metric_quantity_zh", "metric_quantity_en", "metric_unit", "metric_before", "metric_after")) {
            form.add(k, "");   // the empty row every form carries
        }
        NewCase read = CaseForm.read(form);
        assertThat(read.zones()).isEqualTo(c.zones());
        assertThat(read.tags()).isEqualTo(c.tags());
        assertThat(read.year()).isEqualTo(c.year());
        assertThat(read.metrics()).hasSameSizeAs(c.metrics());
        assertThat(read.titleEn()).isEqualTo(c.titleEn().trim());
        assertThat(CaseRules.problems(read, KNOWN)).isEmpty();
    }
}
