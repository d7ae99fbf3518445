package org.ftzobservatory.extraction;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * The extraction engine's rules and vocabularies, read from {@code data/extraction/rules.yaml} and validated: every
 * problem is collected and reported as {@code rules.yaml: key: problem}. The engine itself holds no vocabulary.
 */
public final class ExtractionRules {

    public record Unit(String text, BigDecimal multiplier, String currency) { }

    public record HeadingRule(int level, Pattern pattern) { }

    // text
    final String sentenceEnd;
    final List<Pattern> furniture;
    final List<Pattern> inlineAnnotations;
    final int repeatedMinCount;
    final int repeatedMaxChars;
    final double blankLineLayoutShare;
    final String traditionalTransliterator;
    final String traditionalKeepCharset;
    // document numbers
    final List<String> issuers;
    final List<String> issuerStopWords;
    /** Open + close character of each bracket pair a 文号's year may stand in. */
    final List<String> brackets;
    final int numberedFormMinIssuerChars;
    // dates
    final Map<String, Integer> yearParts;
    final List<String> rangeSeparators;
    final List<String> webSeparators;
    final List<String> stampLabels;
    final List<String> thisYearWords;
    final List<String> dayNotAfter;
    final List<String> dayNotBefore;
    // amounts
    final List<Unit> amountUnits;
    final Map<String, String> currencyWords;
    final List<String> amountExcludedAfter;
    final List<String> foreignCurrencyWords;
    final Map<String, BigDecimal> bareMagnitudes;
    final List<String> moneyWords;
    final int moneyWindow;
    // qualifiers
    final List<String> qualifiersBefore;
    final List<String> qualifiersAfter;
    final List<String> qualifiersAfterUnit;
    // percents
    final Map<String, String> percentUnits;
    // counts
    final List<String> countUnits;
    final int chineseMinValue;
    final Map<String, Long> countMagnitudes;
    final List<String> ordinalBefore;
    final List<String> excludedAfterUnit;
    final int maxNounChars;
    final List<String> nounTrailing;
    final List<String> nounStopWords;
    // zones
    final List<String> designators;
    final List<String> fullForms;
    final List<String> provinceSuffixes;
    final List<String> contextOnlySubzones;
    final Map<String, String> extraAliases;
    // structure
    final List<Pattern> caseBox;
    /**
     * The Chinese characters every case-box pattern spells out literally (专栏): a line without one of them is no case box,
     * and its patterns need not run. Empty when a pattern has an alternation or no literal character.
     */
    final String caseBoxRequiredChars;
    final List<HeadingRule> headings;
    final int maxHeadingChars;

    private ExtractionRules(Reader in) {
        Problems p = new Problems();
        Object loaded = new Yaml(new LoaderOptions()).load(in);
        Map<String, Object> root = p.map(loaded, "(root)");
        Map<String, Object> text = p.map(root.get("text"), "text");
        sentenceEnd = p.string(text.get("sentence_end"), "text.sentence_end");
        furniture = p.patterns(text.get("furniture"), "text.furniture");
        inlineAnnotations = p.patterns(text.get("inline_annotations"), "text.inline_annotations");
        Map<String, Object> repeated = p.map(text.get("repeated_line"), "text.repeated_line");
        repeatedMinCount = p.positive(repeated.get("min_count"), "text.repeated_line.min_count");
        repeatedMaxChars = p.positive(repeated.get("max_chars"), "text.repeated_line.max_chars");
        blankLineLayoutShare = p.share(text.get("blank_line_layout_share"), "text.blank_line_layout_share");
        Map<String, Object> trad = p.map(text.get("traditional"), "text.traditional");
        traditionalTransliterator = p.string(trad.get("transliterator"), "text.traditional.transliterator");
        traditionalKeepCharset = p.string(trad.get("keep_charset"), "text.traditional.keep_charset");
        if (!traditionalTransliterator.isEmpty() && !ScriptConverter.transliteratorExists(traditionalTransliterator)) {
            p.add("text.traditional.transliterator", "'" + traditionalTransliterator + "' is not an ICU transliterator");
        }
        if (!traditionalKeepCharset.isEmpty() && !java.nio.charset.Charset.isSupported(traditionalKeepCharset)) {
            p.add("text.traditional.keep_charset", "'" + traditionalKeepCharset + "' is not a charset of this Java");
        }

        Map<String, Object> dn = p.map(root.get("document_numbers"), "document_numbers");
        issuers = p.hanList(dn.get("issuers"), "document_numbers.issuers");
        issuerStopWords = p.hanList(dn.get("stop_words"), "document_numbers.stop_words");
        brackets = p.list(dn.get("brackets"), "document_numbers.brackets");
        for (String b : brackets) {
            if (b.length() != 2) {
                p.add("document_numbers.brackets", "'" + b + "' must be two characters: the opening and the closing bracket");
            }
        }
        numberedFormMinIssuerChars = p.positive(dn.get("numbered_form_min_issuer_chars"), "document_numbers.numbered_form_min_issuer_chars");

        Map<String, Object> dates = p.map(root.get("dates"), "dates");
        yearParts = new LinkedHashMap<>();
        p.map(dates.get("year_parts"), "dates.year_parts").forEach((k, v) -> {
            int month = p.positive(p.map(v, "dates.year_parts." + k).get("month"), "dates.year_parts." + k + ".month");
            if (month > 12) {
                p.add("dates.year_parts." + k + ".month", "must be 1-12");
            }
            yearParts.put(k, month);
        });
        rangeSeparators = longestFirst(p.list(dates.get("range_separators"), "dates.range_separators"));
        webSeparators = p.list(dates.get("web_separators"), "dates.web_separators");
        for (String w : webSeparators) {
            if (w.length() != 1 || Character.isLetterOrDigit(w.charAt(0))) {
                p.add("dates.web_separators", "'" + w + "' must be one punctuation character");
            }
        }
        stampLabels = longestFirst(p.list(dates.get("stamp_labels"), "dates.stamp_labels"));
        thisYearWords = p.hanList(dates.get("this_year_words"), "dates.this_year_words");
        dayNotAfter = longestFirst(p.hanList(dates.get("day_not_after"), "dates.day_not_after"));
        dayNotBefore = longestFirst(p.hanList(dates.get("day_not_before"), "dates.day_not_before"));

        Map<String, Object> amounts = p.map(root.get("amounts"), "amounts");
        List<Unit> units = new ArrayList<>();
        p.map(amounts.get("units"), "amounts.units").forEach((k, v) -> {
            String key = "amounts.units." + k;
            Map<String, Object> u = p.map(v, key);
            BigDecimal m = p.decimal(u.get("multiplier"), key + ".multiplier");
            String cur = p.currency(u.get("currency"), key + ".currency");
            units.add(new Unit(k, m, cur));
        });
        units.sort(Comparator.comparingInt((Unit u) -> u.text().length()).reversed());
        amountUnits = List.copyOf(units);
        amountExcludedAfter = p.hanList(amounts.get("excluded_after_unit"), "amounts.excluded_after_unit");
        foreignCurrencyWords = longestFirst(p.hanList(amounts.get("foreign_currency_words"), "amounts.foreign_currency_words"));
        Map<String, Object> bare = p.map(amounts.get("bare_magnitudes"), "amounts.bare_magnitudes");
        bareMagnitudes = new LinkedHashMap<>();
        p.map(bare.get("units"), "amounts.bare_magnitudes.units").forEach((k, v) ->
                bareMagnitudes.put(k, p.decimal(v, "amounts.bare_magnitudes.units." + k)));
        moneyWords = p.hanList(bare.get("money_words"), "amounts.bare_magnitudes.money_words");
        moneyWindow = p.positive(bare.get("window"), "amounts.bare_magnitudes.window");
        currencyWords = new LinkedHashMap<>();
        p.map(amounts.get("currency_words"), "amounts.currency_words").forEach((k, v) ->
                currencyWords.put(k, p.currency(v, "amounts.currency_words." + k)));

        Map<String, Object> q = p.map(root.get("qualifiers"), "qualifiers");
        qualifiersBefore = longestFirst(p.hanList(q.get("before"), "qualifiers.before"));
        qualifiersAfter = longestFirst(p.hanList(q.get("after"), "qualifiers.after"));
        qualifiersAfterUnit = longestFirst(p.hanList(q.get("after_unit"), "qualifiers.after_unit"));

        Map<String, Object> percents = p.map(root.get("percents"), "percents");
        percentUnits = new LinkedHashMap<>();
        p.map(percents.get("units"), "percents.units").forEach((k, v) -> {
            String unit = p.string(v, "percents.units." + k);
            if (!unit.equals("%") && !unit.equals("pp")) {
                p.add("percents.units." + k, "unit must be % or pp, not " + unit);
            }
            percentUnits.put(k, unit);
        });

        Map<String, Object> counts = p.map(root.get("counts"), "counts");
        countUnits = p.hanList(counts.get("units"), "counts.units");
        chineseMinValue = p.positive(counts.get("chinese_min_value"), "counts.chinese_min_value");
        countMagnitudes = new LinkedHashMap<>();
        p.map(counts.get("magnitudes"), "counts.magnitudes").forEach((k, v) ->
                countMagnitudes.put(k, (long) p.positive(v, "counts.magnitudes." + k)));
        ordinalBefore = p.hanList(counts.get("ordinal_before"), "counts.ordinal_before");
        excludedAfterUnit = p.hanList(counts.get("excluded_after_unit"), "counts.excluded_after_unit");
        maxNounChars = p.positive(counts.get("max_noun_chars"), "counts.max_noun_chars");
        nounTrailing = p.hanList(counts.get("noun_trailing"), "counts.noun_trailing");
        nounStopWords = p.hanList(counts.get("noun_stop_words"), "counts.noun_stop_words");

        Map<String, Object> zones = p.map(root.get("zones"), "zones");
        designators = longestFirst(p.hanList(zones.get("designators"), "zones.designators"));
        fullForms = p.list(zones.get("full_form"), "zones.full_form");
        for (String f : fullForms) {
            if (!f.contains("{name}") || !f.contains("{designator}")) {
                p.add("zones.full_form", "'" + f + "' must contain {name} and {designator}");
            }
        }
        provinceSuffixes = p.list(zones.get("province_suffixes"), "zones.province_suffixes");
        contextOnlySubzones = p.hanList(zones.get("context_only_subzones"), "zones.context_only_subzones");
        extraAliases = new LinkedHashMap<>();
        p.map(zones.get("extra_aliases"), "zones.extra_aliases").forEach((k, v) -> {
            String ref = p.string(v, "zones.extra_aliases." + k);
            if (!ref.matches("[a-z0-9-]+(/[a-z0-9-]+)?")) {
                p.add("zones.extra_aliases." + k, "'" + ref + "' is not a zone reference (ftz or ftz/subzone)");
            }
            extraAliases.put(k, ref);
        });

        Map<String, Object> structure = p.map(root.get("structure"), "structure");
        caseBox = p.patterns(structure.get("case_box"), "structure.case_box");
        caseBoxRequiredChars = requiredChars(caseBox);
        List<HeadingRule> hs = new ArrayList<>();
        List<Object> rawHeadings = p.rawList(structure.get("headings"), "structure.headings");
        for (int i = 0; i < rawHeadings.size(); i++) {
            String key = "structure.headings[" + i + "]";
            Map<String, Object> h = p.map(rawHeadings.get(i), key);
            int level = p.positive(h.get("level"), key + ".level");
            Pattern pattern = p.pattern(h.get("pattern"), key + ".pattern");
            if (pattern != null) {
                hs.add(new HeadingRule(level, pattern));
            }
        }
        headings = List.copyOf(hs);
        maxHeadingChars = p.positive(structure.get("max_heading_chars"), "structure.max_heading_chars");
        p.throwIfAny();
    }

    /** Reads and validates the rules file; throws {@link InvalidRulesException} naming every problem. */
    public static ExtractionRules load(Path file) {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return new ExtractionRules(r);
        } catch (IOException e) {
            throw new InvalidRulesException(List.of(file + ": cannot read: " + e.getMessage()));
        } catch (RuntimeException e) {
            if (e instanceof InvalidRulesException) {
                throw e;
            }
            throw new InvalidRulesException(List.of(file + ": not valid YAML: " + e.getMessage()));
        }
    }

    /** For tests of the validation: parse rules from a string. */
    static ExtractionRules parse(String yaml) {
        return new ExtractionRules(new java.io.StringReader(yaml));
    }

    private static String requiredChars(List<Pattern> patterns) {
        String common = null;
        for (Pattern pattern : patterns) {
            String src = pattern.pattern();
            if (src.contains("|")) {
                return "";
            }
            StringBuilder literal = new StringBuilder();
            int depth = 0;
            for (int i = 0; i < src.length(); i++) {
                char c = src.charAt(i);
                if (c == '\\') {
                    i++;
                } else if (c == '[') {
                    depth++;
                } else if (c == ']') {
                    depth--;
                } else if (depth == 0 && Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
                        && (i + 1 >= src.length() || "?*{".indexOf(src.charAt(i + 1)) < 0)) {
                    literal.append(c);
                }
            }
            if (common == null) {
                common = literal.toString();
            } else {
                StringBuilder both = new StringBuilder();
                for (char c : common.toCharArray()) {
                    if (literal.indexOf(String.valueOf(c)) >= 0) {
                        both.append(c);
                    }
                }
                common = both.toString();
            }
        }
        return common == null ? "" : common;
    }

    /** Whether {@code line} holds every character of {@link #caseBoxRequiredChars} (so a case-box pattern may match). */
    boolean mayBeCaseBox(String line) {
        for (int i = 0; i < caseBoxRequiredChars.length(); i++) {
            if (line.indexOf(caseBoxRequiredChars.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    private static List<String> longestFirst(List<String> words) {
        List<String> l = new ArrayList<>(words);
        l.sort(Comparator.comparingInt(String::length).reversed());
        return List.copyOf(l);
    }

    /** Collects problems as {@code rules.yaml: key: problem}. */
    private static final class Problems {
        private final List<String> problems = new ArrayList<>();

        void add(String key, String problem) {
            problems.add("rules.yaml: " + key + ": " + problem);
        }

        void throwIfAny() {
            if (!problems.isEmpty()) {
                throw new InvalidRulesException(problems);
            }
        }

        @SuppressWarnings("unchecked")
        Map<String, Object> map(Object o, String key) {
            if (o instanceof Map<?, ?> m) {
                Map<String, Object> out = new LinkedHashMap<>();
                ((Map<Object, Object>) m).forEach((k, v) -> out.put(String.valueOf(k), v));
                return out;
            }
            add(key, o == null ? "missing" : "must be a mapping");
            return Map.of();
        }

        List<Object> rawList(Object o, String key) {
            if (o instanceof List<?> l) {
                return new ArrayList<>(l);
            }
            add(key, o == null ? "missing" : "must be a list");
            return List.of();
        }

        List<String> list(Object o, String key) {
            List<String> out = new ArrayList<>();
            for (Object e : rawList(o, key)) {
                if (e == null) {
                    add(key, "has an empty entry");
                } else {
                    out.add(String.valueOf(e));
                }
            }
            return List.copyOf(out);
        }

        List<String> hanList(Object o, String key) {
            List<String> out = list(o, key);
            for (String s : out) {
                if (s.isBlank() || !s.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
                    add(key, "'" + s + "' must be Chinese characters only");
                }
            }
            if (out.isEmpty()) {
                add(key, "must not be empty");
            }
            return out;
        }

        String string(Object o, String key) {
            if (o == null || String.valueOf(o).isEmpty()) {
                add(key, "missing");
                return "";
            }
            return String.valueOf(o);
        }

        int positive(Object o, String key) {
            if (o instanceof Integer i && i > 0) {
                return i;
            }
            add(key, o == null ? "missing" : "must be a positive whole number, not " + o);
            return 1;
        }

        double share(Object o, String key) {
            if (o instanceof Number n && n.doubleValue() >= 0 && n.doubleValue() <= 1) {
                return n.doubleValue();
            }
            add(key, o == null ? "missing" : "must be a number in 0-1, not " + o);
            return 0.5;
        }

        BigDecimal decimal(Object o, String key) {
            try {
                BigDecimal d = new BigDecimal(String.valueOf(o));
                if (d.signum() > 0) {
                    return d;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            add(key, o == null ? "missing" : "must be a positive number, not " + o);
            return BigDecimal.ONE;
        }

        String currency(Object o, String key) {
            String s = string(o, key);
            if (!s.isEmpty() && !s.matches("[A-Z]{3}")) {
                add(key, "'" + s + "' is not an ISO 4217 code such as CNY or USD");
            }
            return s;
        }

        Pattern pattern(Object o, String key) {
            String s = string(o, key);
            try {
                return s.isEmpty() ? null : Pattern.compile(s);
            } catch (PatternSyntaxException e) {
                add(key, "'" + s + "' is not a valid regular expression: " + e.getDescription());
                return null;
            }
        }

        List<Pattern> patterns(Object o, String key) {
            List<Pattern> out = new ArrayList<>();
            List<String> l = list(o, key);
            for (int i = 0; i < l.size(); i++) {
                Pattern p = pattern(l.get(i), key + "[" + i + "]");
                if (p != null) {
                    out.add(p);
                }
            }
            return List.copyOf(out);
        }
    }
}
