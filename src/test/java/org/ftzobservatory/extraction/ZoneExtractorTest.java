package org.ftzobservatory.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ZoneExtractorTest {

    private final ZoneExtractor extractor = new ZoneExtractor(Engines.RULES, Engines.REFERENCE.resolve("zones.yaml"));

    private List<Mentions.Zone> find(String s) {
        return extractor.extract(Engines.normalize(s));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "上海自贸试验区临港新片区 | 上海自贸试验区临港新片区 | shanghai | lingang",
            "中国（上海）自由贸易试验区临港新片区 | 中国（上海）自由贸易试验区临港新片区 | shanghai | lingang",
            "注册在临港新片区的企业 | 临港新片区 | shanghai | lingang",
            "浙江自贸试验区宁波片区 | 浙江自贸试验区宁波片区 | zhejiang | ningbo",
            "四川自贸试验区川南临港片区 | 四川自贸试验区川南临港片区 | sichuan | chuannan",
            "川南临港片区 | 川南临港片区 | sichuan | chuannan",
            "海南自由贸易港建设 | 海南自由贸易港 | hainan | -",
            "黑龙江自贸试验区 | 黑龙江自贸试验区 | heilongjiang | -",
            "中国（广西）自由贸易试验区 | 中国（广西）自由贸易试验区 | guangxi | -",
            "陕西自贸试验区杨凌片区 | 陕西自贸试验区杨凌片区 | shaanxi | yangling",
            "陕西自贸试验区中心片区 | 陕西自贸试验区中心片区 | shaanxi | zhongxin",
            "广东自贸试验区南沙新区片区 | 广东自贸试验区南沙新区片区 | guangdong | nansha",
    })
    void longestMatchWins(String text, String raw, String ftz, String subzone) {
        assertThat(find(text)).singleElement().satisfies(z -> {
            assertThat(z.span().raw()).isEqualTo(raw);
            assertThat(z.ftz()).isEqualTo(ftz);
            assertThat(z.subzone()).isEqualTo(subzone);
        });
    }

    @Test
    void provinceRuleAProvinceNameAloneIsNotTheFtz() {
        assertThat(find("上海市人民政府印发通知")).isEmpty();
        assertThat(find("上海、广东、天津等地")).isEmpty();
        assertThat(find("广西壮族自治区在分两批向广西自贸试验区下放")).singleElement()
                .satisfies(z -> assertThat(z.span().raw()).isEqualTo("广西自贸试验区"));
        assertThat(find("上海市自贸试验区")).singleElement().satisfies(z -> assertThat(z.ftz()).isEqualTo("shanghai"));
    }

    @Test
    void genericNamesNeedTheirFtz() {
        assertThat(find("我国自贸试验区")).isEmpty();
        assertThat(find("中心片区")).isEmpty();
        assertThat(find("保税区片区")).isEmpty();
    }

    @Test
    void anFtzBrokenAcrossLinesKeepsItsBreakInRaw() {
        String text = "黑龙江自\n\n贸试验区黑河片区";
        assertThat(find(text)).singleElement().satisfies(z -> {
            assertThat(z.subzone()).isEqualTo("heihe");
            assertThat(text.substring(z.span().start(), z.span().end())).isEqualTo(text);
        });
    }
}
