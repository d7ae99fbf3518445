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

    /**
     * A whole number in Chinese numerals up to 9999 (十八, 二十一, 两百, 三千五百), or -1 when {@code s} is not one.
     * 两 is 2; a leading 十 is 10 (十八 = 18).
     */
    static int chinese(String s) {
        int total = 0;
        int digit = -1;
        int lastPower = 10000;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int power = switch (c) {
                case '十' -> 10;
                case '百' -> 100;
                case '千' -> 1000;
                default -> 0;
            };
            if (power == 0) {
                int d = c == '两' ? 2 : digit(c);
                if (d < 0 || digit > 0) {
                    return -1;
                }
                digit = d;
                continue;
            }
            if (power >= lastPower || (digit <= 0 && power != 10) || (digit == 0)) {
                return -1;
            }
            total += (digit < 0 ? 1 : digit) * power;
            digit = -1;
            lastPower = power;
        }
        return total + Math.max(digit, 0);
    }

    private static int positiveDigit(char c) {
        int d = digit(c);
        return d > 0 ? d : -1;
    }
}
