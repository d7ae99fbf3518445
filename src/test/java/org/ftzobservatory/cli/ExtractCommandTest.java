package org.ftzobservatory.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code ftz extract}: the exact JSON shape, stdin, and bad input as exit code 2 with one line. No Spring, no database. */
class ExtractCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(InputStream stdin, String... args) {
        InputStream saved = System.in;
        System.setIn(stdin);
        try {
            return new FtzCli(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
        } finally {
            System.setIn(saved);
        }
    }

    private int run(String... args) {
        return run(new ByteArrayInputStream(new byte[0]), args);
    }

    @Test
    void printsTheIssuesJsonShapeWithOffsetsIntoTheFile(@TempDir Path dir) throws Exception {
        String text = "《若干措施》（国发〔2021〕12 号）。\n\n全国 21 家自贸试验区实际使用外资 2130 亿元，增长 19%，高出 4.1 个百分点。"
                + "\n\n二〇二一年十二月二十七日，上海自贸试验区临港新片区缩减至 27 条特别管理措施。广西自贸试验区同步推进。";
        Path file = dir.resolve("notice.txt");
        Files.writeString(file, text);
        assertThat(run("extract", file.toString(), "--format", "json", "--ftz.home=.")).isZero();
        JsonNode json = JsonMapper.builder().build().readTree(out.toString(StandardCharsets.UTF_8));
        assertThat(List.copyOf(json.propertyNames()))
                .containsExactly("source", "chars", "doc_numbers", "dates", "amounts", "percents", "counts", "zones");
        assertThat(json.get("source").asString()).isEqualTo(file.toString());
        assertThat(json.get("chars").asInt()).isEqualTo(text.length());
        JsonNode d = json.get("doc_numbers").get(0);
        assertThat(List.copyOf(d.propertyNames())).containsExactly("raw", "issuer", "year", "serial", "normalized", "start", "end");
        assertThat(d.get("normalized").asString()).isEqualTo("国发〔2021〕12号");
        assertThat(text.substring(d.get("start").asInt(), d.get("end").asInt())).isEqualTo(d.get("raw").asString());
        JsonNode a = json.get("amounts").get(0);
        assertThat(List.copyOf(a.propertyNames())).containsExactly("raw", "value", "currency", "approx", "qualifier", "start", "end");
        assertThat(a.get("value").isIntegralNumber()).isTrue();
        assertThat(a.get("value").asLong()).isEqualTo(213000000000L);
        assertThat(List.copyOf(json.get("dates").get(0).propertyNames())).containsExactly("raw", "value", "resolved", "resolved_from", "start", "end");
        assertThat(json.get("dates").get(0).get("value").asString()).isEqualTo("2021-12-27");
        JsonNode p = json.get("percents").get(1);
        assertThat(List.copyOf(p.propertyNames())).containsExactly("raw", "value", "unit", "qualifier", "start", "end");
        assertThat(p.get("unit").asString()).isEqualTo("pp");
        assertThat(p.get("value").asDouble()).isEqualTo(4.1);
        JsonNode c = json.get("counts").get(1);
        assertThat(List.copyOf(c.propertyNames())).containsExactly("raw", "value", "unit", "noun", "start", "end");
        assertThat(c.get("noun").asString()).isEqualTo("特别管理措施");
        JsonNode z = json.get("zones").get(0);
        assertThat(List.copyOf(z.propertyNames())).containsExactly("raw", "ftz", "subzone", "start", "end");
        assertThat(z.get("subzone").asString()).isEqualTo("lingang");
        assertThat(json.get("zones").get(1).get("subzone").isNull()).isTrue();
    }

    @Test
    void readsStandardInputWithADash() {
        int code = run(new ByteArrayInputStream("（国办发〔2021〕25 号）".getBytes(StandardCharsets.UTF_8)),
                "extract", "-", "--format", "json", "--ftz.home=.");
        assertThat(code).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("\"source\":\"-\"").contains("国办发〔2021〕25号");
    }

    @Test
    void badInputIsExitCodeTwoWithOneLineAndNoStackTrace(@TempDir Path dir) throws Exception {
        assertThat(run("extract", dir.resolve("missing.txt").toString(), "--ftz.home=.")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8).strip()).doesNotContain("\n").contains("not a readable file");
        err.reset();
        Path png = dir.resolve("scan.png");
        Files.write(png, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'});
        assertThat(run("extract", png.toString(), "--ftz.home=.")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8).strip()).doesNotContain("\n", "Exception", "\tat ")
                .contains("unsupported file type image/png");
        err.reset();
        Path big = dir.resolve("big.txt");
        Files.writeString(big, "国发〔2021〕12 号".repeat(100));
        assertThat(run("extract", big.toString(), "--ftz.home=.", "--ftz.extraction.max-size=1KB")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("size limit");
        err.reset();
        assertThat(run("extract", "--ftz.home=.")).isEqualTo(2);
        assertThat(run("extract", big.toString(), "--format", "xml", "--ftz.home=.")).isEqualTo(2);
    }
}
