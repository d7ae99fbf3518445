package org.ftzobservatory.tasks;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.ftzobservatory.bulletin.Bulletin;
import org.ftzobservatory.bulletin.Period;
import org.ftzobservatory.kernel.BadRequestException;
import org.springframework.stereotype.Component;

/**
 * The pilot-task ledger as a source of the shared bulletin engine: for a zone (an FTZ — its province — or a sub-zone) and
 * a period, the tasks done in the period, those under way, those overdue as of the period's end (or today) and those
 * suspended.
 */
@Component
public class TaskBulletins {

    private final TaskService service;

    public TaskBulletins(TaskService service) {
        this.service = service;
    }

    /** The bilingual bulletin (CLI, API downloads). */
    public Bulletin build(String zone, String period) {
        return build(zone, period, null);
    }

    /** The bulletin in one language ({@code zh} or {@code en}, for pages), or bilingual when {@code lang} is null. */
    public Bulletin build(String zone, String period, String lang) {
        Words w = new Words(lang);
        String z = zone == null ? "" : zone.trim();
        Map<String, String[]> names = service.store().zoneNames();
        if (!names.containsKey(z)) {
            throw new BadRequestException("zone", "unknown zone '" + zone + "' (an FTZ id such as henan, or ftz/subzone)");
        }
        Period p = Period.parse(period);
        LocalDate asOf = p.asOf(service.today());
        TaskRules rules = service.rules();
        List<List<String>> done = new ArrayList<>();
        List<List<String>> underWay = new ArrayList<>();
        List<List<String>> overdue = new ArrayList<>();
        List<List<String>> suspended = new ArrayList<>();
        boolean synthetic = false;
        for (PilotTask t : service.store().tasksOf(z)) {
            synthetic |= t.synthetic();
            long late = ChronoUnit.DAYS.between(t.deadline(), asOf);
            String content = "en".equals(lang) && t.contentEn() != null ? t.contentEn() : t.contentZh();
            List<String> line = List.of(t.id(), content, t.responsibleUnit(), t.deadline().toString(),
                    w.status(rules, t.status()), rules.open().contains(t.status()) && late > 0 ? String.valueOf(late) : "");
            if (rules.isDone(t.status()) && p.contains(t.doneOn())) {
                done.add(line);
            } else if (rules.open().contains(t.status())) {
                (late > 0 ? overdue : underWay).add(line);
            } else if (!rules.isDone(t.status())) {
                suspended.add(List.of(t.id(), content, t.responsibleUnit(), t.deadline().toString(), w.status(rules, t.status()),
                        t.reason() == null ? "" : t.reason()));
            }
        }
        List<String> columns = List.of(w.t("任务", "task"), w.t("内容", "content"), w.t("责任单位", "responsible unit"),
                w.t("时限", "deadline"), w.t("状态", "status"), w.t("逾期天数", "days late"));
        List<String> suspendedColumns = new ArrayList<>(columns.subList(0, 5));
        suspendedColumns.add(w.t("原因", "reason"));
        String zh = names.get(z)[0];
        String en = names.get(z)[1] + (lang == null ? " (" + z + ")" : "");
        return new Bulletin("en".equals(lang) ? "Pilot-task supervision bulletin, " + en + ", " + p.label()
                        : zh + "自贸试验区改革试点任务调度通报（" + p.label() + "）",
                "zh".equals(lang) ? "期间 " + p.start() + " 至 " + p.end() + "；逾期截至 " + asOf + "。"
                        : "Pilot-task bulletin, " + en + ", " + p.start() + " – " + p.end() + "; overdue as of " + asOf + ".",
                synthetic ? "**" + w.t("模拟数据", "synthetic demo data") + "** — " + w.t("并非真实台账。", "not a real ledger.") : null,
                w.t("落实", "done") + " " + done.size() + " · " + w.t("推进中", "under way") + " " + underWay.size() + " · "
                        + w.t("逾期", "overdue") + " " + overdue.size() + " · " + w.t("暂缓", "suspended") + " " + suspended.size(),
                List.of(new Bulletin.Section(w.t("本期落实", "Done in the period"), columns, done),
                        new Bulletin.Section(w.t("推进中", "Under way"), columns, underWay),
                        new Bulletin.Section(w.t("逾期", "Overdue"), columns, overdue),
                        new Bulletin.Section(w.t("暂缓", "Suspended"), suspendedColumns, suspended)));
    }

    /** Words in one language, or "zh en" side by side when no language is asked for. */
    private record Words(String lang) {
        String t(String zh, String en) {
            return "zh".equals(lang) ? zh : "en".equals(lang) ? en : zh + " " + en;
        }

        String status(TaskRules rules, String state) {
            var name = rules.machine().name(state);
            return t(name.zh(), name.en());
        }
    }
}
