package org.ftzobservatory.replication;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ftzobservatory.kernel.BadRequestException;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * The supervision bulletin (调度通报) of one province for one period: what landed in the period, what is under way, and
 * what is overdue as of the period's end (or today, if the period is not over), each with its responsible unit and owner.
 */
@Component
public class Bulletins {

    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");

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
        StringBuilder s = new StringBuilder();
        s.append("# ").append(b.provinceZh()).append("自贸试验区制度创新成果复制推广调度通报（").append(b.period()).append("）\n\n");
        s.append("Supervision bulletin, ").append(b.province()).append(", ").append(b.start()).append(" – ").append(b.end())
                .append("; overdue as of ").append(b.asOf()).append(".\n\n");
        if (b.synthetic()) {
            s.append("> **模拟数据 / synthetic demo data** — not real adoption.\n\n");
        }
        s.append("落实 landed ").append(b.landed().size()).append(" · 推进中 in progress ").append(b.underWay().size())
                .append(" · 逾期 overdue ").append(b.overdue().size()).append("\n");
        section(s, "已落地 Landed in the period", b.landed());
        section(s, "推进中 In progress", b.underWay());
        section(s, "逾期 Overdue", b.overdue());
        return s.toString();
    }

    private static void section(StringBuilder s, String title, List<Line> lines) {
        s.append("\n## ").append(title).append("\n\n");
        if (lines.isEmpty()) {
            s.append("无 / none\n");
            return;
        }
        s.append("| # | 成果 innovation | 责任单位 responsible unit | 负责人 owner | 时限 deadline | 状态 status | 成果形式 output |\n");
        s.append("|---|---|---|---|---|---|---|\n");
        for (Line l : lines) {
            ReplicationTask t = l.task();
            s.append("| ").append(t.id()).append(" | ").append(cell(l.titleZh())).append(" | ").append(cell(t.responsibleUnit()))
                    .append(" | ").append(cell(t.owner())).append(" | ").append(t.deadline()).append(" | ").append(t.status())
                    .append(t.landedOn() == null ? "" : " " + t.landedOn()).append(" | ").append(cell(t.outputForm())).append(" |\n");
        }
    }

    public String html(Bulletin b) {
        StringBuilder s = new StringBuilder("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>")
                .append(esc(b.provinceZh() + " " + b.period())).append("</title></head><body>");
        for (String line : markdown(b).split("\n")) {
            if (line.startsWith("# ")) {
                s.append("<h1>").append(esc(line.substring(2))).append("</h1>");
            } else if (line.startsWith("## ")) {
                s.append("<h2>").append(esc(line.substring(3))).append("</h2>");
            } else if (line.startsWith("|---")) {
                continue;
            } else if (line.startsWith("| ")) {
                s.append("<table><tr>");
                for (String c : line.substring(2, line.length() - 2).split(" \\| ")) {
                    s.append("<td>").append(esc(c.replace("\\|", "|"))).append("</td>");
                }
                s.append("</tr></table>");
            } else if (line.startsWith("> ")) {
                s.append("<p class=\"synthetic\">").append(esc(line.substring(2).replace("**", ""))).append("</p>");
            } else if (!line.isBlank()) {
                s.append("<p>").append(esc(line)).append("</p>");
            }
        }
        return s.append("</body></html>").toString();
    }

    static LocalDate[] range(String period) {
        String p = period == null ? "" : period.trim();
        Matcher m;
        if ((m = QUARTER.matcher(p)).matches()) {
            YearMonth first = YearMonth.of(Integer.parseInt(m.group(1)), (Integer.parseInt(m.group(2)) - 1) * 3 + 1);
            return new LocalDate[] {first.atDay(1), first.plusMonths(2).atEndOfMonth()};
        }
        if ((m = MONTH.matcher(p)).matches() && Integer.parseInt(m.group(2)) >= 1 && Integer.parseInt(m.group(2)) <= 12) {
            YearMonth ym = YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
            return new LocalDate[] {ym.atDay(1), ym.atEndOfMonth()};
        }
        if (YEAR.matcher(p).matches()) {
            int y = Integer.parseInt(p);
            return new LocalDate[] {LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31)};
        }
        throw new BadRequestException("period", "must be YYYY, YYYY-MM or YYYY-Qn (e.g. 2021-Q4), got '" + period + "'");
    }

    private static String cell(String s) {
        return s == null ? "" : s.replace("|", "\\|").replace("\n", " ");
    }

    private static String esc(String s) {
        return HtmlUtils.htmlEscape(s);
    }
}
