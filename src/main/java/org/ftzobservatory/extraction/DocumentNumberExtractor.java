package org.ftzobservatory.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ftzobservatory.documents.DocumentNumber;
import org.ftzobservatory.documents.InvalidDocumentNumberException;

/**
 * Finds 文号: an issuer code, the year in brackets (〔〕 [] （） () 【】, mixed full/half-width pairs allowed), a serial and
 * 号, with spaces anywhere inside. The issuer is the longest known code of the rules ending right before the bracket;
 * failing that, the run of Chinese characters before it, cut after the last stop word, that ends with a generic suffix
 * (发, 函 …). Output is normalised by {@link DocumentNumber}.
 */
public final class DocumentNumberExtractor {

    private static final Pattern CORE = Pattern.compile("([〔\\[（(【])\\s*(\\d{4})\\s*([〕\\]）)】])\\s*(\\d{1,5})\\s*号");

    private final ExtractionRules rules;

    public DocumentNumberExtractor(ExtractionRules rules) {
        this.rules = rules;
    }

    public List<Mentions.DocNumber> extract(NormalizedText nt) {
        String t = nt.text();
        List<Mentions.DocNumber> out = new ArrayList<>();
        Matcher m = CORE.matcher(t);
        while (m.find()) {
            if (!pairs(m.group(1).charAt(0), m.group(3).charAt(0))) {
                continue;
            }
            int[] issuerStart = new int[1];
            String issuer = issuer(t, m.start(), issuerStart);
            if (issuer == null) {
                continue;
            }
            try {
                DocumentNumber n = new DocumentNumber(issuer, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(4)));
                out.add(new Mentions.DocNumber(nt.span(issuerStart[0], m.end()), n));
            } catch (InvalidDocumentNumberException e) {
                // not a 文号 (year or serial out of range)
            }
        }
        return out;
    }

    /** The issuer code ending at {@code bracket} (spaces inside are skipped), or null; its start goes to {@code start[0]}. */
    private String issuer(String t, int bracket, int[] start) {
        StringBuilder reversed = new StringBuilder();
        List<Integer> positions = new ArrayList<>();
        int i = bracket - 1;
        while (i >= 0 && reversed.length() < DocumentNumber.MAX_ISSUER_CHARS + 4) {
            char c = t.charAt(i);
            if (c == ' ' || c == '\t') {
                i--;
                continue;
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
        for (String known : rules.issuers) {
            if (run.endsWith(known) && (code == null || known.length() > code.length())) {
                code = known;
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
            String generic = run.substring(cut);
            if (generic.length() > DocumentNumber.MAX_ISSUER_CHARS) {
                generic = generic.substring(generic.length() - DocumentNumber.MAX_ISSUER_CHARS);
            }
            boolean suffixOk = rules.genericSuffixes.stream().anyMatch(generic::endsWith);
            if (generic.length() < 2 || !suffixOk) {
                return null;
            }
            code = generic;
        }
        // positions were collected right to left
        start[0] = positions.get(code.length() - 1);
        return code;
    }

    private static boolean pairs(char open, char close) {
        return switch (open) {
            case '〔' -> close == '〕';
            case '[' -> close == ']';
            case '（', '(' -> close == '）' || close == ')';
            case '【' -> close == '】';
            default -> false;
        };
    }
}
