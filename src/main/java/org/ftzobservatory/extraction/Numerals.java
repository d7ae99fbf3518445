package org.ftzobservatory.extraction;

import java.math.BigDecimal;

/** Numbers as texts print them: Arabic with thousands separators, Chinese numerals (二〇二一, 二十七, 十二). */
final class Numerals {

    static final String CHINESE_DIGITS = "〇零一二三四五六七八九";

    private Numerals() {
    }

    static BigDecimal decimal(String s) {
        return new BigDecimal(s.replace(",", "").replace(" ", ""));
    }

    /** Value of a Chinese digit, or -1. */
    static int digit(char c) {
        int i = CHINESE_DIGITS.indexOf(c);
        if (i < 0) {
            return c >= '0' && c <= '9' ? c - '0' : -1;
        }
        return i <= 1 ? 0 : i - 1;
    }

    /** A year written digit by digit (2021, 二〇二一), or -1. */
    static int year(String s) {
        int v = 0;
        for (int i = 0; i < s.length(); i++) {
            int d = digit(s.charAt(i));
            if (d < 0) {
                return -1;
            }
            v = v * 10 + d;
        }
        return v;
    }

    /** A small number (1-99): Arabic, or Chinese with 十 (十二, 二十七, 三十一, 九). -1 when not one. */
    static int small(String s) {
        if (s.isEmpty()) {
            return -1;
        }
        if (s.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return s.length() <= 2 ? Integer.parseInt(s) : -1;
        }
        int ten = s.indexOf('十');
        if (ten < 0) {
            return s.length() == 1 ? positiveDigit(s.charAt(0)) : -1;
        }
        int tens = ten == 0 ? 1 : (ten == 1 ? positiveDigit(s.charAt(0)) : -1);
        int ones = ten == s.length() - 1 ? 0 : (ten == s.length() - 2 ? positiveDigit(s.charAt(ten + 1)) : -1);
        return tens < 0 || ones < 0 ? -1 : tens * 10 + ones;
    }

    private static int positiveDigit(char c) {
        int d = digit(c);
        return d > 0 ? d : -1;
    }
}
