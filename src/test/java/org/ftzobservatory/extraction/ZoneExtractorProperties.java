package org.ftzobservatory.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class ZoneExtractorProperties {

    private static final ZoneExtractor EXTRACTOR = new ZoneExtractor(Engines.RULES, Engines.REFERENCE.resolve("zones.yaml"));

    @Provide
    Arbitrary<Map.Entry<String, ZoneExtractor.Ref>> names() {
        return Arbitraries.of(List.copyOf(EXTRACTOR.names().entrySet()));
    }

    @Provide
    Arbitrary<String> fillers() {
        return Arbitraries.of("，", "。", "据统计", "推动", "的", "与", "\n", "（", "）", "在");
    }

    @Property(tries = 1000)
    void everyKnownNameIsFoundWithItsZoneBetweenOrdinaryWords(@ForAll("names") Map.Entry<String, ZoneExtractor.Ref> name,
                                                             @ForAll("fillers") String before, @ForAll("fillers") String after) {
        String text = before + name.getKey() + after;
        List<Mentions.Zone> found = EXTRACTOR.extract(Engines.normalize(text));
        assertThat(found).singleElement().satisfies(z -> {
            assertThat(z.ftz()).isEqualTo(name.getValue().ftz());
            assertThat(z.subzone()).isEqualTo(name.getValue().subzone());
            assertThat(z.span().raw()).isEqualTo(name.getKey());
        });
    }

    @Provide
    Arbitrary<String> provinces() {
        return Arbitraries.of("上海", "上海市", "广东省", "广东", "天津市", "海南省", "广西壮族自治区", "北京", "四川省");
    }

    @Property(tries = 300)
    void aProvinceNameWithoutADesignatorIsNeverAZone(@ForAll("provinces") String province, @ForAll("fillers") String after) {
        assertThat(EXTRACTOR.extract(Engines.normalize(province + after + "人民政府"))).isEmpty();
    }

    @Property(tries = 300)
    void mentionsNeverOverlapAndPointAtTheirRawText(@ForAll String noise, @ForAll("names") Map.Entry<String, ZoneExtractor.Ref> a,
                                                   @ForAll("names") Map.Entry<String, ZoneExtractor.Ref> b) {
        String text = noise + a.getKey() + b.getKey() + noise;
        int lastEnd = -1;
        for (Mentions.Zone z : EXTRACTOR.extract(Engines.normalize(text))) {
            assertThat(z.span().start()).isGreaterThanOrEqualTo(lastEnd);
            assertThat(text.substring(z.span().start(), z.span().end())).isEqualTo(z.span().raw());
            lastEnd = z.span().end();
        }
    }
}
