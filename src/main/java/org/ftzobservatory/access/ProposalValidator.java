package org.ftzobservatory.access;

import java.util.ArrayList;
import java.util.List;

import org.ftzobservatory.kernel.BadRequestException;

/** Turns a request into a {@link Proposal}, or says exactly which field is wrong (HTTP 400 / exit code 2). */
public final class ProposalValidator {

    static final int MAX_ACTIVITY = 500;

    private ProposalValidator() {
    }

    public static Proposal validate(AccessCheckRequest r, AccessChecker checker) {
        return validate(r, checker, AccessChecker.today());
    }

    /** {@code today}: the date a request without one asks about. */
    public static Proposal validate(AccessCheckRequest r, AccessChecker checker, java.time.LocalDate today) {
        CheckPolicy policy = checker.policy();
        String location = blankToNull(r.location());
        if (location == null) {
            throw new BadRequestException("location", "is required: mainland, an FTZ id (e.g. shanghai) or ftz/subzone (e.g. shanghai/lingang)");
        }
        if (!checker.knowsLocation(location)) {
            throw new BadRequestException("location", "unknown location '" + location
                    + "' (use mainland, an FTZ id such as shanghai, or ftz/subzone such as shanghai/lingang)");
        }
        List<String> codes = new ArrayList<>();
        if (r.industry() != null) {
            for (String c : r.industry().split("[,，\\s]+")) {
                if (c.isBlank()) {
                    continue;
                }
                String code = c.trim().toUpperCase(java.util.Locale.ROOT);
                if (!checker.industries().contains(code)) {
                    throw new BadRequestException("industry", "unknown GB/T 4754-2017 industry code '" + c.trim() + "'");
                }
                codes.add(code);
            }
        }
        String activity = blankToNull(r.activity());
        if (activity != null && activity.length() > MAX_ACTIVITY) {
            throw new BadRequestException("activity", "is longer than " + MAX_ACTIVITY + " characters");
        }
        if (codes.isEmpty() && activity == null) {
            throw new BadRequestException("industry", "give an industry code (GB/T 4754-2017) or an activity, or both");
        }
        if (r.foreignShare() == null) {
            throw new BadRequestException("foreign_share", "is required: the foreign investors' share, from 0 to 1 (e.g. 0.6)");
        }
        double share = r.foreignShare();
        if (Double.isNaN(share) || share < 0 || share > 1) {
            throw new BadRequestException("foreign_share", "must be between 0 and 1, got " + r.foreignShare());
        }
        boolean chineseControl = Boolean.TRUE.equals(r.chineseControl());
        if (chineseControl && share >= 1) {
            throw new BadRequestException("chinese_control", "a wholly foreign-owned proposal (foreign_share 1) cannot be Chinese-controlled");
        }
        String nationality = choice("legal_rep_nationality", r.legalRepNationality(), policy.legalRepNationalities());
        String form = choice("investment_form", r.investmentForm(), policy.investmentForms());
        String origin = choice("investor_origin", r.investorOrigin(), policy.investorOrigins());
        String mode = choice("service_mode", r.serviceMode(), policy.serviceModes());
        if (mode != null && !mode.equals(Proposal.COMMERCIAL_PRESENCE)
                && !policy.crossBorderFtzs().contains(AccessChecker.ftzOf(location))) {
            throw new BadRequestException("service_mode", "cross-border service modes are modelled only where a cross-border "
                    + "services list applies (" + String.join(", ", policy.crossBorderFtzs()) + "); elsewhere use commercial_presence");
        }
        java.time.LocalDate date = date(r.date(), today);
        Proposal proposal = new Proposal(location, codes, activity, share, chineseControl, nationality, form, origin, mode, date);
        if (checker.listFor(proposal) == null) {
            String family = checker.familyFor(proposal);
            throw new BadRequestException("date", "no loaded edition of the " + family + " list covers " + date + " (loaded: "
                    + String.join("; ", checker.editions(family).stream().map(l -> l.id() + " in force " + l.effective()
                    + (l.inForceUntil() == null ? " onwards" : " to " + l.inForceUntil())).toList()) + ")");
        }
        if (mode != null && !mode.equals(Proposal.COMMERCIAL_PRESENCE) && !checker.isService(proposal)) {
            throw new BadRequestException("service_mode", "cross-border supply modes apply to services; the industry given is not in a "
                    + "service section (" + String.join(", ", new java.util.TreeSet<>(policy.serviceSections())) + ")");
        }
        return proposal;
    }

    private static java.time.LocalDate date(String value, java.time.LocalDate today) {
        String v = blankToNull(value);
        if (v == null) {
            return today;
        }
        try {
            return java.time.LocalDate.parse(v);
        } catch (java.time.format.DateTimeParseException e) {
            throw new BadRequestException("date", "must be a date YYYY-MM-DD, got '" + v + "'");
        }
    }

    private static String choice(String field, String value, List<CheckPolicy.Choice> allowed) {
        String v = blankToNull(value);
        if (v != null && !CheckPolicy.has(allowed, v)) {
            throw new BadRequestException(field, "'" + v + "' is not one of " + allowed.stream().map(CheckPolicy.Choice::id).toList());
        }
        return v;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
