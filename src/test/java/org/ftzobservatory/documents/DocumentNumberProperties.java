package org.ftzobservatory.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.ftzobservatory.kernel.Years;

class DocumentNumberProperties {

    @Provide
    Arbitrary<DocumentNumber> numbers() {
        Arbitrary<String> known = Arbitraries.of("国发", "国办发", "国函", "商自贸发", "商自贸函", "发改体改", "环综合", "汇发",
                "国市监反垄发", "桂政发", "工信部政法函", "交法发", "商务部令");
        Arbitrary<String> anyHan = Arbitraries.strings().withCharRange('\u4e00', '\u9fa5').ofMinLength(1).ofMaxLength(DocumentNumber.MAX_ISSUER_CHARS);
        Arbitrary<String> issuers = Arbitraries.oneOf(known, anyHan);
        return Combinators.combine(issuers, Arbitraries.integers().between(Years.FIRST, Years.LAST), Arbitraries.integers().between(1, 99999))
                .as(DocumentNumber::new);
    }

    @Property
    void parseOfFormatIsIdentity(@ForAll("numbers") DocumentNumber n) {
        assertThat(DocumentNumber.parse(n.normalized())).isEqualTo(n);
    }

    @Property
    void everyBracketStyleSpacingAndFullWidthDigitReadsTheSame(@ForAll("numbers") DocumentNumber n,
                                                               @ForAll @IntRange(min = 0, max = 4) int bracketStyle,
                                                               @ForAll boolean fullWidth, @ForAll boolean spaces) {
        String[][] brackets = {{"〔", "〕"}, {"[", "]"}, {"（", "）"}, {"(", ")"}, {"【", "】"}};
        String year = String.valueOf(n.year());
        String serial = String.valueOf(n.serial());
        if (fullWidth) {
            year = toFullWidth(year);
            serial = toFullWidth(serial);
        }
        String sp = spaces ? " " : "";
        String text = n.issuer() + sp + brackets[bracketStyle][0] + year + brackets[bracketStyle][1] + sp + serial + sp + "号";
        assertThat(DocumentNumber.parse(text)).isEqualTo(n);
    }

    @Property
    void stringsWithoutABracketedYearAreRejectedWithAMessage(@ForAll String s) {
        if (s.matches(".*[〔\\[（(【].*[〕\\]）)】].*")) {
            return;
        }
        assertThatThrownBy(() -> DocumentNumber.parse(s))
                .isInstanceOf(InvalidDocumentNumberException.class)
                .hasMessageFindingMatch(".+");
    }

    @Property
    void brokenPartsAreRejectedNamingThePart(@ForAll("numbers") DocumentNumber n, @ForAll @IntRange(min = 0, max = 5) int breakage) {
        String y = String.valueOf(n.year());
        String s = String.valueOf(n.serial());
        String text = switch (breakage) {
            case 0 -> "〔" + y + "〕" + s + "号";                         // no issuer
            case 1 -> n.issuer() + "〔" + y.substring(1) + "〕" + s + "号"; // three-digit year
            case 2 -> n.issuer() + "〔" + y + "〕" + s + "a号";             // letter in serial
            case 3 -> n.issuer() + "〔" + y + "〕" + s;                    // no 号
            case 4 -> n.issuer() + "〔" + y + "]" + s + "号";              // mismatched brackets
            default -> n.issuer() + "1〔" + y + "〕" + s + "号";            // digit in issuer
        };
        String expected = switch (breakage) {
            case 0 -> "no issuer";
            case 1 -> "year";
            case 2 -> "serial";
            case 3 -> "号";
            case 4 -> "closes it";
            default -> "issuer code";
        };
        assertThatThrownBy(() -> DocumentNumber.parse(text))
                .isInstanceOf(InvalidDocumentNumberException.class)
                .hasMessageContaining(expected);
    }

    @Example
    void readsTheFormsTheReportPrints() {
        assertThat(DocumentNumber.parse("国发〔2021〕12 号").normalized()).isEqualTo("国发〔2021〕12号");
        assertThat(DocumentNumber.parse("商务部令〔2021〕3 号")).isEqualTo(new DocumentNumber("商务部令", 2021, 3));
        assertThat(DocumentNumber.parse("国市监反垄发[２０２１]７３号").normalized()).isEqualTo("国市监反垄发〔2021〕73号");
    }

    @Example
    void rejectsOutOfRangeValues() {
        assertThatThrownBy(() -> DocumentNumber.parse("国发〔1900〕1号")).hasMessageContaining("1949-2100");
        assertThatThrownBy(() -> DocumentNumber.parse("国发〔2101〕1号")).hasMessageContaining("1949-2100");
        assertThatThrownBy(() -> DocumentNumber.parse("国发〔2021〕0号")).hasMessageContaining("serial");
        // the longest issuer code is 10 characters, the same bound the extraction engine uses
        assertThat(DocumentNumber.parse("一二三四五六七八九十〔2021〕1号").issuer()).hasSize(10);
        assertThatThrownBy(() -> DocumentNumber.parse("一二三四五六七八九十一〔2021〕1号")).hasMessageContaining("1-10 Chinese characters");
        assertThatThrownBy(() -> DocumentNumber.parse("")).hasMessageContaining("empty");
    }

    private static String toFullWidth(String digits) {
        StringBuilder sb = new StringBuilder();
        for (char c : digits.toCharArray()) {
            sb.append((char) (c - '0' + '０'));
        }
        return sb.toString();
    }
}
