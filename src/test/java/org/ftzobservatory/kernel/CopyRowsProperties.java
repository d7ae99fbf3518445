package org.ftzobservatory.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;

/**
 * A value written for COPY's text format reads back as itself (decoded here as PostgreSQL decodes it), and holds no raw
 * tab, newline or carriage return that would end the field or the row early.
 */
class CopyRowsProperties {

    @Property
    void anEscapedValueDecodesToItself(@ForAll @Chars({'\\', '\t', '\n', '\r', '"', ',', '{', '}', ' ', 'a', 'N'})
                                       @CharRange(from = '保', to = '保') String value) {
        StringBuilder out = new StringBuilder();
        CopyRows.escape(value, out);
        assertThat(out.toString()).doesNotContain("\t", "\n", "\r");
        assertThat(decode(out.toString())).isEqualTo(value);
    }

    @Property
    void anArrayLiteralKeepsEveryElementWhole(@ForAll List<@Chars({'\\', '"', ',', '{', '}', ' ', 'a'}) String> values) {
        String literal = CopyRows.arrayLiteral(values);
        assertThat(parseArray(literal)).isEqualTo(values);
    }

    @Example
    void nullIsNotTheStringNull() {
        assertThat(CopyRows.arrayLiteral(java.util.Arrays.asList("NULL", null))).isEqualTo("{\"NULL\",NULL}");
    }

    /** COPY text format: backslash escapes \\, \t, \n, \r. */
    private static String decode(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                char n = s.charAt(++i);
                sb.append(switch (n) {
                    case 't' -> '\t';
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    default -> n;
                });
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** A one-dimensional array literal whose elements are all double-quoted, read as PostgreSQL's array_in reads it. */
    private static List<String> parseArray(String s) {
        List<String> out = new ArrayList<>();
        int i = 1;
        while (i < s.length() - 1) {
            if (s.charAt(i) == ',') {
                i++;
            }
            StringBuilder sb = new StringBuilder();
            i++; // opening quote
            while (s.charAt(i) != '"') {
                if (s.charAt(i) == '\\') {
                    i++;
                }
                sb.append(s.charAt(i++));
            }
            i++; // closing quote
            out.add(sb.toString());
        }
        return out;
    }
}
