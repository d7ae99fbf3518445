package org.ftzobservatory.replication;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.ftzobservatory.kernel.BadRequestException;
import org.springframework.stereotype.Component;
import org.ftzobservatory.bulletin.BulletinEngine;
import org.ftzobservatory.bulletin.Period;

/**
 * The supervision bulletin (调度通报) of one province for one period: what landed in the period, what is under way, and
 * what is overdue as of the period's end (or today, if the period is not over), each with its responsible unit and owner.
 */
@Component
public class Bulletins {

    private final ReplicationService service;

    public Bulletins(ReplicationService service) {
        this.service = service;
    }

    /** A task of the bulletin with its innovation's title ({@code titleEn} null when the record has none). */
    public record Line(ReplicationTask task, String titleZh, String titleEn) {
    }

    public record Bulletin(String province, String provinceZh, String period, LocalDate start, LocalDate end, LocalDate asOf,
                           List<Line> landed, List<Line> underWay, List<Line> overdue, boolean synthetic) {
    }

    public Bulletin build(String province, String period) {
        if (province == null || !service.regions().isRegion(province.trim())) {
            throw new BadRequestException("province", "unknown province '" + province + "' (a region id such as henan)");
        }
        LocalDate[] range = range(period);
        LocalDate today = service.today();
        LocalDate asOf = range[1].isBefore(today) ? range[1] : today;
        Map<Long, InnovationRecord> records = new HashMap<>();
        List<Line> landed = new ArrayList<>();
        List<Line> underWay = new ArrayList<>();
        List<Line> overdue = new ArrayList<>();
        boolean synthetic = false;
        for (ReplicationTask t : service.store().tasks(province.trim(), null, null)) {
            InnovationRecord r = records.computeIfAbsent(t.recordId(), service::recordById);
            Line line = new Line(t, r.titleZh(), r.titleEn());
            synthetic |= t.synthetic();
            if (t.landedOn() != null && !t.landedOn().isBefore(range[0]) && !t.landedOn().isAfter(range[1])) {
                landed.add(line);
            } else if (service.workflow().task().isIn(t.status(), StateMachine.OPEN)) {
                (t.deadline().isBefore(asOf) ? overdue : underWay).add(line);
            }
        }
        return new Bulletin(province.trim(), service.regions().name(province.trim()).zh(), period.trim(), range[0], range[1], asOf,
                landed, underWay, overdue, synthetic);
    }

    public String markdown(Bulletin b) {
        return BulletinEngine.markdown(document(b));
    }

    public String html(Bulletin b) {
        return BulletinEngine.html(document(b));
    }

    /** The replication bulletin as the shared engine renders it (the pilot-task ledger has the same engine). */
    private static org.ftzobservatory.bulletin.Bulletin document(Bulletin b) {
        return new org.ftzobservatory.bulletin.Bulletin(b.provinceZh() + "自贸试验区制度创新成果复制推广调度通报（" + b.period() + "）",
                "Supervision bulletin, " + b.province() + ", " + b.start() + " – " + b.end() + "; overdue as of " + b.asOf() + ".",
                b.synthetic() ? "**模拟数据 / synthetic demo data** — not real adoption." : null,
                "落实 landed " + b.landed().size() + " · 推进中 in progress " + b.underWay().size() + " · 逾期 overdue " + b.overdue().size(),
                List.of(section("已落地 Landed in the period", b.landed()), section("推进中 In progress", b.underWay()),
                        section("逾期 Overdue", b.overdue())));
    }

    private static org.ftzobservatory.bulletin.Bulletin.Section section(String title, List<Line> lines) {
        return new org.ftzobservatory.bulletin.Bulletin.Section(title, List.of("#", "成果 innovation", "责任单位 responsible unit",
                "负责人 owner", "时限 deadline", "状态 status", "成果形式 output"), lines.stream().map(l -> {
                    ReplicationTask t = l.task();
                    return List.of(String.valueOf(t.id()), nz(l.titleZh()), nz(t.responsibleUnit()), nz(t.owner()), t.deadline().toString(),
                            t.status() + (t.landedOn() == null ? "" : " " + t.landedOn()), nz(t.outputForm()));
                }).toList());
    }

    static LocalDate[] range(String period) {
        Period p = Period.parse(period);
        return new LocalDate[] {p.start(), p.end()};
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
