package org.ftzobservatory.access;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.ftzobservatory.kernel.Text;

/**
 * The check engine: executes the lists' rules against a validated {@link Proposal}. It holds no rule of its own; which
 * list applies where and when, which confidence decides, and every sentence it says come from the data.
 */
public final class AccessChecker {

    /** The day a check without a date asks about: today in China. */
    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final Set<MeasureKind> EQUITY_KINDS = Set.of(MeasureKind.EQUITY_CAP, MeasureKind.CHINESE_CONTROL,
            MeasureKind.CHINESE_RELATIVE_CONTROL, MeasureKind.JV_ONLY);

    private final CheckPolicy policy;
    private final Map<String, RuleBook> books = new HashMap<>();
    private final Map<String, List<NegativeList>> editions = new HashMap<>();
    private final IndustryClassification gbt;
    private final Set<String> ftzIds;
    private final Set<String> subzoneRefs;

    public AccessChecker(NegativeListData data, IndustryClassification gbt, Set<String> ftzIds, Set<String> subzoneRefs) {
        this.policy = data.policy();
        this.gbt = gbt;
        this.ftzIds = Set.copyOf(ftzIds);
        this.subzoneRefs = Set.copyOf(subzoneRefs);
        for (NegativeList l : data.lists()) {
            List<NegativeListMeasure> ms = data.measures().stream().filter(m -> m.list().equals(l.id())).toList();
            books.put(l.id(), new RuleBook(l, ms, gbt, policy, derivations(l, ms, data.measures())));
            editions.computeIfAbsent(l.family(), k -> new ArrayList<>()).add(l);
        }
        editions.values().forEach(es -> es.sort(Comparator.comparing(NegativeList::effective)));
    }

    /**
     * The FTZ measures whose verdict their national counterpart decides: the measure's own rule is not verified, every
     * counterpart has sourced text and a deciding rule, and no sourced difference between the lists touches it.
     */
    private Map<NegativeListMeasure, Integer> derivations(NegativeList l, List<NegativeListMeasure> ms, List<NegativeListMeasure> all) {
        Map<NegativeListMeasure, Integer> out = new IdentityHashMap<>();
        if (l.derivedFrom() == null) {
            return out;
        }
        Map<Integer, NegativeListMeasure> national = new HashMap<>();
        all.stream().filter(m -> m.list().equals(l.derivedFrom().list())).forEach(m -> national.put(m.seq(), m));
        for (NegativeListMeasure m : ms) {
            if (policy.decides(m.ruleConfidence()) || m.nationalCounterpart().isEmpty()
                    || m.rules().stream().anyMatch(MeasureRule::unknown)) {
                continue;
            }
            boolean sourced = true;
            for (Integer c : m.nationalCounterpart()) {
                NegativeListMeasure n = national.get(c);
                sourced &= n != null && n.textZh() != null && policy.decides(n.ruleConfidence())
                        && !l.derivedFrom().sourcedDifferences().contains(c);
            }
            if (sourced) {
                out.put(m, m.nationalCounterpart().get(0));
            }
        }
        return out;
    }

    public CheckPolicy policy() {
        return policy;
    }

    public IndustryClassification industries() {
        return gbt;
    }

    public boolean knowsLocation(String location) {
        return Proposal.MAINLAND.equals(location) || ftzIds.contains(location) || subzoneRefs.contains(location);
    }

    RuleBook book(String listId) {
        return books.get(listId);
    }

    public boolean knowsList(String id) {
        return books.containsKey(id);
    }

    public NegativeList list(String id) {
        RuleBook b = books.get(id);
        return b == null ? null : b.list;
    }

    /** The FTZ id of a location, or null for the mainland. */
    static String ftzOf(String location) {
        if (Proposal.MAINLAND.equals(location)) {
            return null;
        }
        int slash = location.indexOf('/');
        return slash < 0 ? location : location.substring(0, slash);
    }

    static LocalDate today() {
        return LocalDate.now(CHINA);
    }

    private static LocalDate dateOf(Proposal p) {
        return p.date() == null ? today() : p.date();
    }

    /** The edition of a list family in force on the date, or null when no loaded edition covers it. */
    public NegativeList edition(String family, LocalDate date) {
        for (NegativeList l : editions.getOrDefault(family, List.of())) {
            if (l.inForceOn(date)) {
                return l;
            }
        }
        return null;
    }

    /** The editions of a family, oldest first (for the message naming what is loaded). */
    public List<NegativeList> editions(String family) {
        return editions.getOrDefault(family, List.of());
    }

    /** The family that governs the proposal's location and mode: FTZ in any FTZ, national elsewhere; services across the border. */
    public String familyFor(Proposal p) {
        if (!p.commercialPresence()) {
            return list(policy.crossBorderList()).family();
        }
        return ftzOf(p.location()) == null ? policy.mainlandFamily() : policy.ftzFamily();
    }

    /** The list that governs the proposal on its date, or null when no loaded edition covers the date. */
    public String listFor(Proposal p) {
        NegativeList l = edition(familyFor(p), dateOf(p));
        return l == null ? null : l.id();
    }

    public AccessResult check(Proposal p) {
        LocalDate date = dateOf(p);
        String listId = listFor(p);
        if (listId == null) {
            throw new IllegalArgumentException("no edition of " + familyFor(p) + " covers " + date + " (validate the proposal first)");
        }
        RuleBook book = books.get(listId);
        Evaluation primary = evaluate(book, p);
        String comparisonFamily = policy.comparison().get(book.list.family());
        NegativeList comparisonList = comparisonFamily == null ? null : edition(comparisonFamily, date);
        Verdict comparison = comparisonList == null ? null : evaluate(books.get(comparisonList.id()), p).verdict;
        return new AccessResult(p, book.list, primary.verdict, primary.measures, primary.conditions, primary.notices,
                comparisonList == null ? null : comparisonList.id(), comparison, date, comparisonList, policy);
    }

    /** The full answer under a named list, without comparison: the other side of the side-by-side view. */
    public AccessResult checkUnder(String listId, Proposal p) {
        RuleBook book = books.get(listId);
        Evaluation ev = evaluate(book, p);
        return new AccessResult(p, book.list, ev.verdict, ev.measures, ev.conditions, ev.notices, null, null, dateOf(p), null, policy);
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

    private Notice notice(String kind, Text t, String source) {
        return new Notice(kind, t.zh(), t.en(), source);
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
            ev.notices.add(notice("free_text_only", policy.say("free_text_only"), null));
        }
        String ftz = ftzOf(p.location());
        if (p.commercialPresence() && ftz != null && policy.crossBorderFtzs().contains(ftz) && isService(p)) {
            NegativeList services = books.get(policy.crossBorderList()).list;
            ev.notices.add(notice("services_list", policy.say("services_list", Map.of("title", services.titleZh(), "status",
                    services.statusZh()), Map.of("title", services.titleEn(), "status", services.statusEn())), services.instrument()));
        }
        if (!p.commercialPresence() && book.measures.isEmpty()) {
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
            NegativeListMeasure measure = m.measure();
            if (!rule.coversMode(p.serviceMode())) {
                continue;
            }
            boolean named = matchedByKeyword(byKeyword, rule);
            if (m.partial() && activity != null && book.hasKeywords(rule) && !named) {
                ev.notices.add(notice("not_applied", policy.say("not_applied", Map.of("seq", "" + measure.seq(), "scope",
                        nz(rule.scopeZh(), m.note())), Map.of("seq", "" + measure.seq(), "scope", nz(rule.scopeEn(), m.note()))), null));
                continue;
            }
            if (KeywordIndex.containsSame(excepted, measure)) {
                ev.notices.add(notice("exception", policy.say("exception", "seq", measure.seq()), null));
                continue;
            }
            if (rule.unrestricted()) {
                continue;
            }
            Integer derivedFrom = book.derivedFrom.get(measure);
            boolean decisive = !rule.unknown() && (policy.decides(measure.ruleConfidence()) || derivedFrom != null);
            // A measure that reaches only part of the industry, where the activity does not say which part: it binds only
            // if the activity falls in that part, so the answer states it as a condition instead of refusing.
            boolean conditional = decisive && m.partial() && !named;
            int before = ev.conditions.size();
            boolean ruleProhibits = test(rule, measure, p, ev);
            if (conditional) {
                if (ruleProhibits) {
                    ev.conditions.add(condition(measure, "prohibited", "=", false, true, false, 0));
                }
                // A measure without sourced Chinese text (e.g. an FTZ measure answered from its national counterpart) or a
                // mapping without a note is named by its number: a null scope once made every such check a 500.
                Text byNumber = policy.say("measure_scope", "seq", measure.seq());
                String scopeZh = nz(nz(rule.scopeZh(), measure.bestTextZh()), byNumber.zh());
                String scopeEn = lowerFirst(nz(nz(rule.scopeEn(), m.note()), byNumber.en()));
                for (int i = before; i < ev.conditions.size(); i++) {
                    ev.conditions.set(i, ev.conditions.get(i).onlyIf(scopeZh, scopeEn));
                }
                ruleProhibits = false;
            }
            boolean unmet = false;
            for (int i = before; i < ev.conditions.size(); i++) {
                unmet |= ev.conditions.get(i).refuses();
            }
            Verdict provisional = rule.unknown() ? Verdict.UNKNOWN : ruleProhibits ? Verdict.PROHIBITED
                    : unmet ? Verdict.REQUIRES_CHANGES : Verdict.PERMITTED_WITH_CONDITIONS;
            if (decisive) {
                prohibited |= ruleProhibits;
                for (MeasureKind k : rule.kinds()) {
                    equityMeasure |= !conditional && EQUITY_KINDS.contains(k);
                }
                if (derivedFrom != null) {
                    ev.notices.add(notice("derived", policy.say("derived", "seq", measure.seq(), "counterpart", derivedFrom),
                            book.list.instrument()));
                }
            } else {
                unknown = true;
                // An unverified rule's conditions are shown as what it would imply, not as conditions of the verdict.
                while (ev.conditions.size() > before) {
                    ev.conditions.remove(ev.conditions.size() - 1);
                }
                ev.notices.add(book.checkOfficialText.get(measure));
            }
            ev.measures.add(new TriggeredMeasure(measure, rule, m.partial(), m.note(), decisive, provisional,
                    decisive ? derivedFrom : null, conditional));
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
                    ev.notices.add(notice("explanatory_note", policy.say("explanatory_note", Map.of("n", note.n(), "summary",
                            note.summaryZh()), Map.of("n", note.n(), "summary", note.summaryEn())), book.list.instrument()));
                }
                case "requires_changes" -> ev.conditions.add(new Condition(book.list.id(), 0, "investment_form", "not_in",
                        note.investmentForms(), p.investmentForm(), false, note.fixZh(), note.fixEn()));
                default -> ev.notices.add(new Notice("explanatory_note", note.fixZh(), note.fixEn(), book.list.instrument()));
            }
        }
        boolean unmet = false;
        for (Condition c : ev.conditions) {
            unmet |= c.refuses();
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
            ev.notices.add(notice("national_treatment", policy.say("national_treatment"), null));
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

    public static String percent(double share) {
        double pct = Math.round(share * 10000) / 100.0;
        return (pct == Math.rint(pct) ? String.valueOf((long) pct) : String.valueOf(pct)) + "%";
    }

    private static String nz(String a, String b) {
        return a != null ? a : b;
    }

    private static String lowerFirst(String s) {
        return s == null || s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
}
