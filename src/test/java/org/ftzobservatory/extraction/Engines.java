package org.ftzobservatory.extraction;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The checkout's rules and zone reference, loaded once for every extraction test. */
final class Engines {

    static final Path DATA = Path.of("data");
    static final Path REFERENCE = Path.of("../shared/reference");
    static final Path REPORT = Path.of("../shared/seed/ftz-report-2022.txt");
    static final ExtractionRules RULES = ExtractionRules.load(DATA.resolve("extraction/rules.yaml"));
    static final ExtractionEngine ENGINE = new ExtractionEngine(RULES, REFERENCE.resolve("zones.yaml"));
    private static String report;

    private Engines() {
    }

    static NormalizedText normalize(String s) {
        return new TextNormalizer(RULES).normalize(s);
    }

    static synchronized String report() {
        if (report == null) {
            try {
                report = Files.readString(REPORT, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new IllegalStateException("the report is expected at " + REPORT.toAbsolutePath(), e);
            }
        }
        return report;
    }

    static String fullWidth(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            b.append(c >= '0' && c <= '9' ? (char) (c - '0' + '０') : c);
        }
        return b.toString();
    }

    /** Digits of a year as Chinese numerals, 2021 → 二〇二一. */
    static String chineseYear(int y) {
        StringBuilder b = new StringBuilder();
        for (char c : String.valueOf(y).toCharArray()) {
            b.append("〇一二三四五六七八九".charAt(c - '0'));
        }
        return b.toString();
    }

    /** 1-99 in Chinese numerals: 9 九, 10 十, 12 十二, 27 二十七. */
    static String chineseSmall(int n) {
        String d = "〇一二三四五六七八九";
        if (n < 10) {
            return String.valueOf(d.charAt(n));
        }
        String tens = n / 10 == 1 ? "十" : d.charAt(n / 10) + "十";
        return n % 10 == 0 ? tens : tens + d.charAt(n % 10);
    }
}
