package org.ftzobservatory.tasks;

import static org.ftzobservatory.dataset.ExportContext.compact;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ftzobservatory.dataset.DatasetContext;
import org.ftzobservatory.dataset.DatasetPart;
import org.ftzobservatory.dataset.ExportContext;
import org.ftzobservatory.dataset.Fields;
import org.ftzobservatory.dataset.ImportContext;
import org.ftzobservatory.kernel.Node;

/**
 * The ledger's share of the dataset: {@code tasks/report-facts.yaml}, the report's plan- and task-level figures as cited
 * aggregates (never task rows). The ledger's rules (tasks/workflow.yaml, assessment.yaml) are read by {@link TaskService}
 * at start, as the replication workflow is.
 */
public final class TasksPart implements DatasetPart<TasksPart.TaskFacts> {

    static final Set<String> MEASURES = Set.of("plans", "tasks", "tasks_with_results", "measures", "categories");

    public record TaskFacts(List<TaskReportFact> facts) {
    }

    @Override
    public int order() {
        return 60;
    }

    @Override
    public TaskFacts read(DatasetContext ctx) {
        List<TaskReportFact> out = new ArrayList<>();
        Node root = ctx.yaml("tasks/report-facts.yaml");
        if (root == null) {
            return new TaskFacts(out);
        }
        root.allowOnly(Set.of("facts"));
        Set<String> ids = new HashSet<>();
        for (Node f : root.nodes("facts")) {
            f.allowOnly(Set.of("id", "scope", "measure", "value", "approx", "label_zh", "label_en", "document", "source"));
            String id = Fields.id(f, "id");
            if (id != null && !ids.add(id)) {
                f.problem("id", "duplicate fact id '" + id + "'");
            }
            String scope = f.requireString("scope");
            if (scope != null && !"national".equals(scope) && !ctx.knowsZone(scope)) {
                f.problem("scope", "unknown zone '" + scope + "' (national, an FTZ id or ftz/subzone)");
            }
            f.source();
            Integer value = f.integer("value", 0, 10_000_000);
            if (value == null && !f.has("value")) {
                f.problem("value", "is required");
            }
            out.add(new TaskReportFact(id, scope, f.oneOf("measure", MEASURES, true), value == null ? 0 : value,
                    f.bool("approx", false), f.requireString("label_zh"), f.requireString("label_en"), f.string("document"),
                    Fields.source(f)));
        }
        return new TaskFacts(out);
    }

    @Override
    public String summary(TaskFacts data) {
        return data.facts().size() + " plan and task facts";
    }

    @Override
    public List<String> tables() {
        return List.of("task_report_fact");
    }

    @Override
    public void importInto(TaskFacts data, ImportContext ctx) {
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < data.facts().size(); i++) {
            TaskReportFact f = data.facts().get(i);
            rows.add(new Object[] {f.id(), i, f.scope(), f.measure(), f.value(), f.approx(), f.labelZh(), f.labelEn(),
                    f.document(), f.source()});
        }
        ctx.jdbc().batchUpdate("insert into task_report_fact (id, sort_order, scope, measure, value, approx, label_zh, label_en, "
                + "document, source) values (?,?,?,?,?,?,?,?,?,?)", rows);
        ctx.progress("plan and task facts of the report: " + rows.size());
    }

    @Override
    public void export(ExportContext ctx) throws IOException {
        List<Map<String, Object>> facts = ctx.jdbc().queryForList("select id, scope, measure, value, approx, label_zh, label_en, "
                + "document, source from task_report_fact order by sort_order").stream().map(m -> {
                    if (Boolean.FALSE.equals(m.get("approx"))) {
                        m.remove("approx");
                    }
                    return compact(m);
                }).toList();
        ctx.yaml("tasks/report-facts.yaml", Map.of("facts", facts), facts.size());
    }
}
