package org.ftzobservatory.access;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.ftzobservatory.kernel.Text;

/**
 * The check engine: executes the lists' rules against a validated {@link Proposal}. It holds no rule of its own; which
 * list applies where, which confidence decides, and every sentence it says come from the data.
 */
public final class AccessChecker {

    private static final Set<MeasureKind> EQUITY_KINDS = Set.of(MeasureKind.EQUITY_CAP, MeasureKind.CHINESE_CONTROL,
            MeasureKind.CHINESE_RELATIVE_CONTROL, MeasureKind.JV_ONLY);
    private static final Notice NATIONAL_TREATMENT = new Notice("national_treatment",
            "该活动不在清单范围内，按照内外资一致原则管理（国民待遇）。", "The activity is outside every measure of the list: national treatment applies (内外资一致).", null);
    private static final Notice FREE_TEXT_ONLY = new Notice("free_text_only",
            "未提供行业代码，仅按关键词匹配活动描述；请提供GB/T 4754代码以获得确定答复。",
            "No industry code was given, so only the activity keywords were matched; give a GB/T 4754 code for a definite answer.", null);

    private final CheckPolicy policy;
    private final Map<String, RuleBook> books = new HashMap<>();
    private final IndustryClassification gbt;
    private final Set<String> ftzIds;
    private final Set<String> subzoneRefs;

    public AccessChecker(NegativeListData data, IndustryClassification gbt, Set<String> ftzIds, Set<String> subzoneRefs) {
        this.policy = data.policy();
        this.gbt = gbt;
        this.ftzIds = Set.copyOf(ftzIds);
        this.subzoneRefs = Set.copyOf(subzoneRefs);
        for (NegativeList l : data.lists()) {
            books.put(l.id(), new RuleBook(l, data.measures().stream().filter(m -> m.list().equals(l.id())).toList(), gbt));
        }
    }

    public CheckPolicy policy() {
        return policy;
    }

    public IndustryClassification industries() {
        return gbt;
    }

    public boolean knowsLocation(String location) {
        return "mainland".equals(location) || ftzIds.contains(location) || subzoneRefs.contains(location);
    }

    RuleBook book(String listId) {
        return books.get(listId);
    }

    public boolean knowsList(String id) {
        return books.containsKey(id);
    }

    /** The FTZ id of a location, or null for the mainland. */
    static String ftzOf(String location) {
        if ("mainland".equals(location)) {
            return null;
        }
        int slash = location.indexOf('/');
        return slash < 0 ? location : location.substring(0, slash);
    }

    /** The list that governs the proposal: the FTZ list in any FTZ, the national list elsewhere, the services list for cross-border services. */
    public String listFor(Proposal p) {
        String ftz = ftzOf(p.location());
        if (!"commercial_presence".equals(p.serviceMode())) {
            return policy.crossBorderList();
        }
        return ftz == null ? policy.mainlandList() : policy.ftzList();
    }

    public AccessResult check(Proposal p) {
        String listId = listFor(p);
        RuleBook book = books.get(listId);
        Evaluation primary = evaluate(book, p);
        String comparisonList = policy.comparison().get(listId);
        Verdict comparison = null;
        if (comparisonList != null && books.containsKey(comparisonList)) {
            comparison = evaluate(books.get(comparisonList), p).verdict;
        }
        return new AccessResult(p, book.list, primary.verdict, primary.measures, primary.conditions, primary.notices,
                comparisonList, comparison);
    }

    /** The full answer under a named list, without comparison: the other side of the side-by-side view. */
    public AccessResult checkUnder(String listId, Proposal p) {
        RuleBook book = books.get(listId);
        Evaluation ev = evaluate(book, p);
        return new AccessResult(p, book.list, ev.verdict, ev.measures, ev.conditions, ev.notices, null, null);
    }

    /** The verdict of the proposal under a named list, whatever its location; for comparisons and properties. */
    public Verdict verdictUnder(String listId, Proposal p) {
        return evaluate(books.get(listId), p).verdict;
    }

    private static final class Evaluation {
        Verdict verdict;
        final List<TriggeredMeasure> measures = new ArrayList<>(4);
        final List<Condition> conditions = new ArrayList<>(4);
        final List<Notice> notices = new ArrayList<>(2);
    }

    private Evaluation evaluate(RuleBook book, Proposal p) {
        Evaluation ev = new Evaluation();
        String activity = p.activity() == null ? null : p.activity().toLowerCase(Locale.ROOT);
        List<RuleBook.Match> matches = new ArrayList<>(4);
        for (String code : p.industries()) {
            for (RuleBook.Match m : book.at(code)) {
                addMatch(matches, m);
            }
        }
        List<RuleBook.Match> byKeyword = activity == null ? List.of() : book.activityKeywords.find(activity);
        for (RuleBook.Match m : byKeyword) {
            addMatch(matches, m);
        }
        List<NegativeListMeasure> excepted = activity == null ? List.of() : book.exceptionKeywords.find(activity);
        if (p.industries().isEmpty()) {
            ev.notices.add(FREE_TEXT_ONLY);
        }
        String ftz = ftzOf(p.location());
        if ("commercial_presence".equals(p.serviceMode()) && ftz != null && policy.crossBorderFtzs().contains(ftz) && isService(p)) {
            NegativeList services = books.get(policy.crossBorderList()).list;
            ev.notices.add(new Notice("services_list", "若以跨境交付、境外消费或自然人移动方式提供该服务，还适用《" + services.titleZh()
                    + "》：" + services.statusZh(), "Supplied across the border (not through an enterprise here), the service also falls under "
                    + services.titleEn() + ": " + services.statusEn(), services.instrument()));
        }
        if (!"commercial_presence".equals(p.serviceMode()) && book.measures.isEmpty()) {
            // The services list ships with metadata only: until officials import its measures, nothing can be decided for a
            // service supplied across the border.
            ev.notices.add(new Notice("services_list_not_available", book.list.statusZh(), book.list.statusEn(), book.list.instrument()));
            ev.verdict = Verdict.UNKNOWN;
            return ev;
        }
        boolean prohibited = false;
        boolean unknown = false;
        boolean equityMeasure = false;
        for (RuleBook.Match m : matches) {
            MeasureRule rule = m.rule();
            if (!rule.coversMode(p.serviceMode())) {
                continue;
            }
            if (m.partial() && activity != null && book.hasKeywords(rule) && !matchedByKeyword(byKeyword, rule)) {
                ev.notices.add(new Notice("not_applied", "第" + m.measure().seq() + "条仅涉及该行业的一部分（" + nz(rule.scopeZh(), m.note())
                        + "），活动描述未涉及，未适用。", "Measure " + m.measure().seq() + " covers only part of this industry ("
                        + nz(rule.scopeEn(), m.note()) + ") and the activity does not mention it; not applied.", null));
                continue;
            }
            if (KeywordIndex.containsSame(excepted, m.measure())) {
                ev.notices.add(new Notice("exception", "活动属于第" + m.measure().seq() + "条的除外情形。",
                        "The activity falls under an exception of measure " + m.measure().seq() + ".", null));
                continue;
            }
            if (rule.unrestricted()) {
                continue;
            }
            boolean decisive = !rule.unknown() && policy.decides(m.measure().ruleConfidence());
            int before = ev.conditions.size();
            boolean ruleProhibits = test(rule, m.measure(), p, ev);
            boolean unmet = false;
            for (int i = before; i < ev.conditions.size(); i++) {
                unmet |= !ev.conditions.get(i).met();
            }
            Verdict provisional = rule.unknown() ? Verdict.UNKNOWN : ruleProhibits ? Verdict.PROHIBITED
                    : unmet ? Verdict.REQUIRES_CHANGES : Verdict.PERMITTED_WITH_CONDITIONS;
            if (decisive) {
                prohibited |= ruleProhibits;
                for (MeasureKind k : rule.kinds()) {
                    equityMeasure |= EQUITY_KINDS.contains(k);
                }
            } else {
                unknown = true;
                // An unverified rule's conditions are shown as what it would imply, not as conditions of the verdict.
                while (ev.conditions.size() > before) {
                    ev.conditions.remove(ev.conditions.size() - 1);
                }
                ev.notices.add(book.checkOfficialText.get(m.measure()));
            }
            ev.measures.add(new TriggeredMeasure(m.measure(), rule, m.partial(), m.note(), decisive, provisional));
        }
        for (ExplanatoryNote note : book.list.notes()) {
            if (!note.isRule()) {
                continue;
            }
            boolean applies = note.investmentForms().contains(p.investmentForm()) && (!note.onlyWithEquityMeasure() || equityMeasure)
                    || note.investorOrigins().contains(p.investorOrigin());
            if (!applies) {
                continue;
            }
            boolean decisive = policy.decides(note.status());
            switch (note.effect()) {
                case "prohibited" -> {
                    if (decisive) {
                        prohibited = true;
                    } else {
                        unknown = true;
                    }
                    ev.notices.add(new Notice("explanatory_note", "说明第" + note.n() + "条：" + note.summaryZh(),
                            "Explanatory note " + note.n() + ": " + note.summaryEn(), book.list.instrument()));
                }
                case "requires_changes" -> ev.conditions.add(new Condition(book.list.id(), 0, "investment_form", "not_in",
                        note.investmentForms(), p.investmentForm(), false, note.fixZh(), note.fixEn()));
                default -> ev.notices.add(new Notice("explanatory_note", note.fixZh(), note.fixEn(), book.list.instrument()));
            }
        }
        boolean unmet = false;
        for (Condition c : ev.conditions) {
            unmet |= !c.met();
        }
        if (prohibited) {
            ev.verdict = Verdict.PROHIBITED;
        } else if (unknown) {
            ev.verdict = Verdict.UNKNOWN;
        } else if (unmet) {
            ev.verdict = Verdict.REQUIRES_CHANGES;
        } else if (!ev.measures.isEmpty()) {
            ev.verdict = Verdict.PERMITTED_WITH_CONDITIONS;
        } else {
            ev.verdict = Verdict.PERMITTED;
            ev.notices.add(NATIONAL_TREATMENT);
        }
        return ev;
    }

    boolean isService(Proposal p) {
        if (p.industries().isEmpty()) {
            return true;
        }
        for (String code : p.industries()) {
            IndustryCode c = gbt.get(code);
            if (c != null && policy.serviceSections().contains(c.section())) {
                return true;
            }
        }
        return false;
    }

    private static void addMatch(List<RuleBook.Match> matches, RuleBook.Match m) {
        for (int i = 0; i < matches.size(); i++) {
            if (matches.get(i).rule() == m.rule()) {
                if (matches.get(i).partial() && !m.partial()) {
                    matches.set(i, m);
                }
                return;
            }
        }
        matches.add(m);
    }

    private static boolean matchedByKeyword(List<RuleBook.Match> byKeyword, MeasureRule rule) {
        for (RuleBook.Match m : byKeyword) {
            if (m.rule() == rule) {
                return true;
            }
        }
        return false;
    }

    /** Adds the rule's conditions for this proposal; true when the rule prohibits the activity outright. */
    private boolean test(MeasureRule rule, NegativeListMeasure m, Proposal p, Evaluation ev) {
        if (rule.unknown()) {
            return false;
        }
        boolean prohibits = false;
        for (MeasureKind k : rule.kinds()) {
            switch (k) {
                case PROHIBITED -> prohibits = true;
                case EQUITY_CAP -> {
                    double max = rule.maxForeignShare();
                    ev.conditions.add(condition(m, "max_foreign_share", "<=", max, p.foreignShare(), p.foreignShare() <= max + 1e-9, max));
                }
                case CHINESE_CONTROL -> ev.conditions.add(condition(m, "chinese_control", "=", true, p.chineseControl(), p.chineseControl(), 0));
                case CHINESE_RELATIVE_CONTROL -> ev.conditions.add(condition(m, "chinese_relative_control", "=", true,
                        p.chineseControl(), p.chineseControl(), 0));
                case JV_ONLY -> ev.conditions.add(condition(m, "joint_venture", "<", 1.0, p.foreignShare(), p.foreignShare() < 1.0, 0));
                case NATIONALITY_REQUIREMENT -> ev.conditions.add(condition(m, "legal_rep_chinese", "=", "chinese",
                        p.legalRepNationality(), "chinese".equals(p.legalRepNationality()), 0));
                case OTHER -> {
                    for (Map.Entry<String, Object> e : rule.parameters().entrySet()) {
                        Text t = policy.otherObligations().get(e.getKey());
                        if (t != null && Boolean.TRUE.equals(e.getValue())) {
                            ev.notices.add(new Notice("obligation", t.zh(), t.en(), m.list() + "#" + m.seq()));
                        }
                    }
                }
            }
        }
        return prohibits;
    }

    private Condition condition(NegativeListMeasure m, String kind, String operator, Object limit, Object actual, boolean met,
                                double share) {
        Text fix = policy.conditions().get(kind);
        String pct = percent(share);
        return new Condition(m.list(), m.seq(), kind, operator, limit, actual, met,
                fix == null ? null : fix.zh().replace("{limit}", pct), fix == null ? null : fix.en().replace("{limit}", pct));
    }

    static String percent(double share) {
        double pct = Math.round(share * 10000) / 100.0;
        return (pct == Math.rint(pct) ? String.valueOf((long) pct) : String.valueOf(pct)) + "%";
    }

    private static String nz(String a, String b) {
        return a != null ? a : b;
    }
}
