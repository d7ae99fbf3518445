package org.ftzobservatory.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.ftzobservatory.dataset.DatasetContext;
import org.ftzobservatory.dataset.DatasetPart;
import org.ftzobservatory.dataset.ExportContext;
import org.ftzobservatory.dataset.ImportContext;
import org.ftzobservatory.kernel.Node;

/**
 * Search's share of the dataset: search-terms.yaml, the glossary of phrases kept whole. At import it stores the phrase
 * dictionary of every part's phrases (glossary first, then the tag names) and shares it with the parts that index text.
 */
public final class GlossaryPart implements DatasetPart<GlossaryPart.Glossary> {

    /** A glossary entry: a domain phrase in Chinese and/or English that search keeps whole. */
    public record SearchTerm(String zh, String en) {
    }

    public record Glossary(List<SearchTerm> terms) {
    }

    @Override
    public int order() {
        return 5;
    }

    @Override
    public Glossary read(DatasetContext ctx) {
        List<SearchTerm> out = new ArrayList<>();
        Node n = ctx.yaml("search-terms.yaml");
        if (n == null) {
            return new Glossary(out);
        }
        n.allowOnly(Set.of("terms"));
        Set<String> seen = new HashSet<>();
        for (Node t : n.nodes("terms")) {
            t.allowOnly(Set.of("zh", "en"));
            String zh = t.string("zh");
            String en = t.string("en");
            if (zh == null && en == null) {
                t.problem("zh", "a term needs zh, en or both");
            }
            if (zh != null && zh.codePoints().noneMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
                t.problem("zh", "'" + zh + "' has no Chinese characters");
            }
            for (String phrase : Arrays.asList(zh, en)) {
                if (phrase != null && !seen.add(phrase.toLowerCase(Locale.ROOT))) {
                    t.problem(phrase == zh ? "zh" : "en", "duplicate term '" + phrase + "'");
                }
            }
            out.add(new SearchTerm(zh, en));
        }
        return new Glossary(out);
    }

    @Override
    public String summary(Glossary data) {
        return data.terms().size() + " glossary terms";
    }

    @Override
    public Map<String, String> searchPhrases(Glossary data) {
        Map<String, String> origins = new LinkedHashMap<>();
        for (SearchTerm t : data.terms()) {
            for (String p : Arrays.asList(t.zh(), t.en())) {
                if (p != null) {
                    origins.putIfAbsent(p, "glossary");
                }
            }
        }
        return origins;
    }

    @Override
    public List<String> tables() {
        return List.of("search_phrase", "search_term");
    }

    @Override
    public void importInto(Glossary data, ImportContext ctx) {
        List<Object[]> terms = new ArrayList<>();
        for (int i = 0; i < data.terms().size(); i++) {
            terms.add(new Object[] {i, data.terms().get(i).zh(), data.terms().get(i).en()});
        }
        ctx.jdbc().batchUpdate("insert into search_term (sort_order, zh, en) values (?,?,?)", terms);
        Map<String, String> origins = ctx.searchPhrases();
        PhraseDictionary phrases = PhraseDictionary.of(origins.keySet());
        ctx.jdbc().batchUpdate("insert into search_phrase (compound, phrase, origin) values (?,?,?)", phrases.phrases().stream()
                .map(p -> new Object[] {p.compound(), p.text(), origins.get(p.text())}).toList());
        ctx.share(PhraseDictionary.class, phrases);
        ctx.progress("search glossary: " + data.terms().size() + " terms, " + phrases.phrases().size() + " phrases");
    }

    @Override
    public void export(ExportContext ctx) throws IOException {
        List<Map<String, Object>> terms = ctx.jdbc().queryForList("select zh, en from search_term order by sort_order").stream()
                .map(ExportContext::compact).toList();
        ctx.yaml("search-terms.yaml", Map.of("terms", terms), terms.size());
    }
}
