package org.ftzobservatory.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class CsvParserProperties {

    @Provide
    Arbitrary<List<List<String>>> tables() {
        Arbitrary<String> field = Arbitraries.strings().withChars("ab,\"\n 中文号1").ofMaxLength(8);
        return field.list().ofMinSize(1).ofMaxSize(6).list().ofMinSize(1).ofMaxSize(8);
    }

    @Property
    void formattedRowsParseBackUnchanged(@ForAll("tables") List<List<String>> table) {
        StringBuilder text = new StringBuilder();
        for (List<String> row : table) {
            text.append(CsvParser.formatRow(row)).append('\n');
        }
        List<List<String>> parsed = CsvParser.parse(text.toString()).stream().map(CsvParser.Row::fields).toList();
        assertThat(parsed).isEqualTo(table);
    }

    @Property
    void eachRowKnowsTheLineItStartsOn(@ForAll("tables") List<List<String>> table) {
        StringBuilder text = new StringBuilder();
        List<Integer> expected = new ArrayList<>();
        int line = 1;
        for (List<String> row : table) {
            expected.add(line);
            String formatted = CsvParser.formatRow(row);
            text.append(formatted).append('\n');
            line += 1 + (int) formatted.chars().filter(c -> c == '\n').count();
        }
        assertThat(CsvParser.parse(text.toString()).stream().map(CsvParser.Row::line).toList()).isEqualTo(expected);
    }

    @Property
    void anUnclosedQuoteIsAnErrorNotASilentTruncation(@ForAll("tables") List<List<String>> table) {
        String text = CsvParser.formatRow(table.get(0)) + ",\"open";
        assertThatThrownBy(() -> CsvParser.parse(text)).isInstanceOf(CsvParser.CsvException.class)
                .hasMessageContaining("never closed");
    }

    @Example
    void blankLinesAndCrLfAreTolerated() {
        List<CsvParser.Row> rows = CsvParser.parse("a,b\r\n\r\nc,\"d,e\"\r\n");
        assertThat(rows).extracting(CsvParser.Row::fields).containsExactly(List.of("a", "b"), List.of("c", "d,e"));
        assertThat(rows).extracting(CsvParser.Row::line).containsExactly(1, 3);
    }
}
