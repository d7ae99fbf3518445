package org.ftzobservatory.access;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.ftzobservatory.kernel.CsvParser;

/**
 * GB/T 4754-2017 from {@code shared/reference/gbt4754-2017/codes.csv}, with our English names for sections, divisions and
 * the classes that the lists touch ({@code data/negative-lists/gbt4754-names-en.csv}, unofficial translations).
 */
public final class IndustryClassification {

    private final Map<String, IndustryCode> codes;
    private final Map<String, List<String>> classesUnder = new HashMap<>();

    private IndustryClassification(Map<String, IndustryCode> codes) {
        this.codes = codes;
        for (IndustryCode c : codes.values()) {
            if (c.level().equals("class")) {
                for (String a : ancestors(c.code())) {
                    classesUnder.computeIfAbsent(a, k -> new ArrayList<>()).add(c.code());
                }
            }
        }
    }

    public static IndustryClassification load(Path codesCsv, Path namesEnCsv) {
        Map<String, String> en = new HashMap<>();
        if (namesEnCsv != null && Files.isRegularFile(namesEnCsv)) {
            for (CsvParser.Row r : rows(namesEnCsv)) {
                if (r.fields().size() >= 2) {
                    en.put(r.fields().get(0).trim(), r.fields().get(1).trim());
                }
            }
        }
        Map<String, IndustryCode> codes = new LinkedHashMap<>();
        Map<String, String> sectionOf = new HashMap<>();
        for (CsvParser.Row r : rows(codesCsv)) {
            List<String> f = r.fields();
            String level = f.get(0).trim();
            String code = f.get(1).trim();
            String parent = f.size() > 3 ? f.get(3).trim() : "";
            String section = level.equals("section") ? code : sectionOf.get(parent);
            sectionOf.put(code, section);
            codes.put(code, new IndustryCode(code, level, f.get(2).trim(), en.get(code), parent.isEmpty() ? null : parent, section));
        }
        return new IndustryClassification(codes);
    }

    private static List<CsvParser.Row> rows(Path csv) {
        try {
            List<CsvParser.Row> rows = CsvParser.parse(Files.readString(csv, StandardCharsets.UTF_8));
            return rows.isEmpty() ? rows : rows.subList(1, rows.size());
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + csv + ": " + e.getMessage(), e);
        }
    }

    public boolean contains(String code) {
        return codes.containsKey(code);
    }

    public IndustryCode get(String code) {
        return codes.get(code);
    }

    public Collection<IndustryCode> all() {
        return codes.values();
    }

    /** The code itself and every code above it, up to its section letter. */
    public List<String> ancestors(String code) {
        List<String> out = new ArrayList<>();
        IndustryCode c = codes.get(code);
        while (c != null) {
            out.add(c.code());
            c = c.parent() == null ? null : codes.get(c.parent());
        }
        return out;
    }

    /** The 4-digit classes at or under a code. */
    public List<String> classesUnder(String code) {
        return classesUnder.getOrDefault(code, List.of());
    }

    public List<IndustryCode> sections() {
        return codes.values().stream().filter(c -> c.level().equals("section")).toList();
    }

    /** Codes whose code starts with the query, or whose Chinese or English name contains it; most specific levels last. */
    public List<IndustryCode> search(String query, int limit) {
        String q = query == null ? "" : query.trim().toLowerCase(Locale.ROOT);
        if (q.isEmpty()) {
            return List.of();
        }
        List<IndustryCode> byCode = new ArrayList<>();
        List<IndustryCode> byName = new ArrayList<>();
        for (IndustryCode c : codes.values()) {
            if (c.code().toLowerCase(Locale.ROOT).startsWith(q)) {
                byCode.add(c);
            } else if (c.nameZh().contains(query.trim()) || (c.nameEn() != null && c.nameEn().toLowerCase(Locale.ROOT).contains(q))) {
                byName.add(c);
            }
        }
        byCode.addAll(byName);
        return byCode.size() > limit ? byCode.subList(0, limit) : byCode;
    }
}
