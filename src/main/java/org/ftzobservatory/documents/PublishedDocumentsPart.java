package org.ftzobservatory.documents;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ftzobservatory.dataset.DatasetContext;
import org.ftzobservatory.dataset.DatasetPart;
import org.ftzobservatory.dataset.ExportContext;
import org.ftzobservatory.dataset.ImportContext;
import org.ftzobservatory.dataset.Provenance;
import org.ftzobservatory.kernel.Node;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * 文号 published from the review queue, as {@code ftz export} writes them: {@code review/published-documents.yaml}. Like
 * the published statistics (see {@code PublishedStatisticsPart}) the file is optional, an import never empties the table
 * and adds only the mentions whose key it does not hold; a number a re-imported dataset now lists is linked to that
 * document when read ({@code public_document}), never duplicated.
 */
public final class PublishedDocumentsPart implements DatasetPart<PublishedDocumentsPart.Published> {

    public static final String FILE = "review/published-documents.yaml";

    public record Mention(DocumentNumber number, String quote, Provenance provenance) {
    }

    public record Published(List<Mention> mentions) {
    }

    @Override
    public int order() {
        return 25;
    }

    @Override
    public Published read(DatasetContext ctx) {
        List<Mention> out = new ArrayList<>();
        for (Provenance.Entry e : Provenance.records(ctx, FILE, "documents", Set.of("number", "quote"))) {
            Node n = e.node();
            DocumentNumber number = n.parsed("number", DocumentNumber::parse);
            if (number == null && !n.has("number")) {
                n.problem("number", "is required (文号 ISSUER〔YEAR〕N号)");
            }
            String quote = n.requireString("quote");
            if (e.provenance() != null && number != null && quote != null) {
                out.add(new Mention(number, quote, e.provenance()));
            }
        }
        return new Published(out);
    }

    @Override
    public String summary(Published data) {
        return data.mentions().size() + " published document mentions";
    }

    /** None: what curators published is never emptied by an import. */
    @Override
    public List<String> tables() {
        return List.of();
    }

    @Override
    public void importInto(Published data, ImportContext ctx) {
        JdbcClient jdbc = JdbcClient.create(ctx.jdbc());
        int added = 0;
        for (Mention m : data.mentions()) {
            if (PublishedDocuments.insert(jdbc, m.number(), m.quote(), m.provenance(), true).isPresent()) {
                added++;
            }
        }
        Provenance.progress(ctx, "published documents", added, data.mentions().size());
    }

    @Override
    public void export(ExportContext ctx) throws IOException {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Map<String, Object> r : ctx.jdbc().queryForList("select * from published_document order by accepted_at, fact_key")) {
            Map<String, Object> m = new LinkedHashMap<>();
            Map<String, Object> p = Provenance.export(r);
            m.put("key", p.remove("key"));
            m.put("number", r.get("doc_number"));
            m.put("quote", r.get("quote"));
            m.putAll(p);
            rows.add(ExportContext.compact(m));
        }
        ctx.yaml(FILE, Map.of("documents", rows), rows.size());
    }
}
