package org.ftzobservatory.documents;

import java.util.regex.Matcher;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.ftzobservatory.kernel.Years;
import java.util.regex.Pattern;

/**
 * A Chinese official document number (文号), e.g. 国发〔2021〕12号: issuer code, year, serial.
 * <p>
 * Texts write it many ways — 〔〕, [], （）, () or 【】 around the year, full-width digits, spaces inside — so parsing is
 * lenient about those and strict about everything else. The normalised form is {@code ISSUER〔YEAR〕N号}.
 */
public record DocumentNumber(String issuer, int year, int serial) {

    /**
     * The longest issuer code, the one bound the dataset, the API and the extraction engine use. The longest codes of the
     * report and the dataset have 6 characters (国市监反垄发, 工信部政法函); 10 leaves room for longer ministry codes while
     * keeping the extractor from taking a run-on phrase before the bracket for an issuer.
     */
    public static final int MAX_ISSUER_CHARS = 10;
    /** Issuer codes are Chinese characters, possibly with a ministry's 令 suffix; never digits or brackets. */
    private static final Pattern ISSUER = Pattern.compile("[\\p{IsHan}]{1," + MAX_ISSUER_CHARS + "}");
    private static final Pattern SHAPE = Pattern.compile("(.*?)([〔\\[（(【])(.*?)([〕\\]）)】])(.*?)号?");

    public DocumentNumber {
        if (issuer == null || !ISSUER.matcher(issuer).matches()) {
            throw new InvalidDocumentNumberException("issuer code '" + issuer + "' must be 1-" + MAX_ISSUER_CHARS + " Chinese characters");
        }
        if (!Years.valid(year)) {
            throw new InvalidDocumentNumberException("year " + year + " is outside " + Years.range());
        }
        if (serial < 1 || serial > 99999) {
            throw new InvalidDocumentNumberException("serial " + serial + " must be 1-99999");
        }
    }

    public static DocumentNumber parse(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidDocumentNumberException("document number is empty");
        }
        String t = halfWidthDigits(text).replaceAll("[\\s\\u3000]+", "");
        Matcher m = SHAPE.matcher(t);
        if (!m.matches()) {
            throw new InvalidDocumentNumberException("'" + text + "' has no bracketed year: expected ISSUER〔YEAR〕N号, e.g. 国发〔2021〕12号");
        }
        String issuer = m.group(1);
        if (issuer.isEmpty()) {
            throw new InvalidDocumentNumberException("'" + text + "' has no issuer code before the year");
        }
        if (!bracketsPair(m.group(2).charAt(0), m.group(4).charAt(0))) {
            throw new InvalidDocumentNumberException("'" + text + "' opens the year with " + m.group(2) + " but closes it with " + m.group(4));
        }
        String year = m.group(3);
        if (!year.matches("\\d{4}")) {
            throw new InvalidDocumentNumberException("'" + text + "': year '" + year + "' must be four digits");
        }
        String serial = m.group(5);
        if (!serial.matches("\\d{1,5}")) {
            throw new InvalidDocumentNumberException("'" + text + "': serial '" + serial + "' must be 1-5 digits followed by 号");
        }
        if (!t.endsWith("号")) {
            throw new InvalidDocumentNumberException("'" + text + "' must end with 号");
        }
        return new DocumentNumber(issuer, Integer.parseInt(year), Integer.parseInt(serial));
    }

    @JsonProperty("normalized")
    public String normalized() {
        return issuer + "〔" + year + "〕" + serial + "号";
    }

    @Override
    public String toString() {
        return normalized();
    }

    private static boolean bracketsPair(char open, char close) {
        return switch (open) {
            case '〔' -> close == '〕';
            case '[' -> close == ']';
            case '（', '(' -> close == '）' || close == ')';
            case '【' -> close == '】';
            default -> false;
        };
    }

    static String halfWidthDigits(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            sb.append(c >= '０' && c <= '９' ? (char) (c - '０' + '0') : c);
        }
        return sb.toString();
    }
}
