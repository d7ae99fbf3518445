package org.ftzobservatory.extraction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ftzobservatory.documents.DocumentNumber;
import org.ftzobservatory.documents.InvalidDocumentNumberException;

/**
 * Finds 文号 in two forms, with spaces anywhere inside:
 * <ul>
 * <li>an issuer code, the year in brackets (the pairs of the rules: 〔〕 [] ［］ （） () 【】 …), a serial and 号:
 *     国发〔2021〕12号, 通发改价费字(2021)305号;</li>
 * <li>the numbered form of announcements and orders: issuer, year, 年 (optional), 第, serial, 号:
 *     国家税务总局公告2018年第7号.</li>
 * </ul>
 * The issuer is the longest known code of the rules ending right before the year (a known code may be broken across
 * lines, as PDF text breaks it); failing that, the run of Chinese characters before it on the same line and without a
 * space inside (at most {@link DocumentNumber#MAX_ISSUER_CHARS}; 财政部 财库〔2011〕167号 → 财库), cut after the last stop
 * word of the rules.
 * Output is normalised by {@link DocumentNumber}.
 */
public final class DocumentNumberExtractor {

    private final ExtractionRules rules;
    private final Pattern bracketed;
    private final Pattern numbered;
    private final List<String> issuersLongestFirst;

    public DocumentNumberExtractor(ExtractionRules rules) {
        this.rules = rules;
        StringBuilder open = new StringBuilder();
        StringBuilder close = new StringBuilder();
        for (String b : rules.brackets) {
            open.append(Pattern.quote(b.substring(0, 1)));
            close.append(Pattern.quote(b.substring(1, 2)));
        }
        bracketed = Pattern.compile("([" + open + "])\\s*(\\d{4})\\s*([" + close + "])\\s*(\\d{1,5})\\s*号");
        numbered = Pattern.compile("(?<![\\d.])(\\d{4})\\s*年?\\s*第\\s*(\\d{1,5})\\s*号");
        issuersLongestFirst = rules.issuers.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
    }

    public List<Mentions.DocNumber> extract(NormalizedText nt) {
        String t = nt.text();
        List<Mentions.DocNumber> out = new ArrayList<>();
        int from = 0;
        while (true) {
            int at = t.indexOf('号', from);
            if (at < 0) {
                break;
            }
            from = at + 1;
            Mentions.DocNumber d = at(nt, at);
            if (d != null && (out.isEmpty() || out.get(out.size() - 1).span().end() <= d.span().start())) {
                out.add(d);
            }
        }
        return out;
    }

    /** The 文号 ending with the 号 at {@code hao}, or null. */
    private Mentions.DocNumber at(NormalizedText nt, int hao) {
        String t = nt.text();
        int lookFrom = Math.max(0, hao - 24);
        Matcher m = bracketed.matcher(t).region(lookFrom, hao + 1);
        int minIssuer = 1;
        boolean found = false;
        while (m.find()) {
            if (m.end() == hao + 1 && pairs(m.group(1).charAt(0), m.group(3).charAt(0))) {
                found = true;
                break;
            }
        }
        int yearGroup = 2;
        int serialGroup = 4;
        if (!found) {
            m = numbered.matcher(t).useTransparentBounds(true).region(lookFrom, hao + 1);
            while (m.find()) {
                if (m.end() == hao + 1) {
                    found = true;
                    break;
                }
            }
            yearGroup = 1;
            serialGroup = 2;
            minIssuer = rules.numberedFormMinIssuerChars;
        }
        if (!found) {
            return null;
        }
        int[] issuerStart = new int[1];
        String issuer = issuer(nt, m.start(), issuerStart, minIssuer);
        if (issuer == null) {
            return null;
        }
        try {
            DocumentNumber n = new DocumentNumber(issuer, Integer.parseInt(m.group(yearGroup)), Integer.parseInt(m.group(serialGroup)));
            return new Mentions.DocNumber(nt.span(issuerStart[0], m.end()), n);
        } catch (InvalidDocumentNumberException e) {
            return null; // not a 文号 (year or serial out of range)
        }
    }

    /** The issuer code ending at {@code end} (spaces inside are skipped), or null; its start goes to {@code start[0]}. */
    private String issuer(NormalizedText nt, int end, int[] start, int minChars) {
        String t = nt.text();
        StringBuilder reversed = new StringBuilder();
        List<Integer> positions = new ArrayList<>();
        int i = end - 1;
        int sameLine = -1; // how many characters (from the bracket back) stand on one line without a space between
        while (i >= 0 && reversed.length() < DocumentNumber.MAX_ISSUER_CHARS + 4) {
            char c = t.charAt(i);
            if (c == ' ' || c == '\t') {
                if (!positions.isEmpty() && sameLine < 0) {
                    sameLine = positions.size();
                }
                i--;
                continue;
            }
            if (sameLine < 0 && !positions.isEmpty() && lineBreakBetween(nt, i, positions.get(positions.size() - 1))) {
                sameLine = positions.size();
            }
            if (Character.UnicodeScript.of(c) != Character.UnicodeScript.HAN) {
                break;
            }
            reversed.append(c);
            positions.add(i);
            i--;
        }
        String run = reversed.reverse().toString();
        if (run.isEmpty()) {
            return null;
        }
        String code = null;
        for (String known : issuersLongestFirst) {
            if (run.endsWith(known)) {
                code = known;
                break;
            }
        }
        if (code == null) {
            int cut = 0;
            for (String stop : rules.issuerStopWords) {
                int at = run.lastIndexOf(stop);
                if (at >= 0) {
                    cut = Math.max(cut, at + stop.length());
                }
            }
            code = run.substring(Math.max(cut, sameLine < 0 ? 0 : run.length() - sameLine));
            if (code.length() > DocumentNumber.MAX_ISSUER_CHARS) {
                code = code.substring(code.length() - DocumentNumber.MAX_ISSUER_CHARS);
            }
            if (code.length() < minChars) {
                return null;
            }
        }
        // positions were collected right to left
        start[0] = positions.get(code.length() - 1);
        return code;
    }

    /** Whether the original text has a line break between the normalised characters {@code a} &lt; {@code b}. */
    private static boolean lineBreakBetween(NormalizedText nt, int a, int b) {
        String o = nt.original();
        for (int k = nt.originOf(a) + 1; k < nt.originOf(b); k++) {
            if (o.charAt(k) == '\n' || o.charAt(k) == '\r') {
                return true;
            }
        }
        return false;
    }

    private boolean pairs(char open, char close) {
        for (String b : rules.brackets) {
            if (b.charAt(0) == open && b.charAt(1) == close) {
                return true;
            }
        }
        return false;
    }
}
