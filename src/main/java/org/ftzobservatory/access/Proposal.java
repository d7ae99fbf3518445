package org.ftzobservatory.access;

import java.time.LocalDate;
import java.util.List;

/**
 * A proposed foreign investment, as an investor or lawyer states it. {@code location} is {@code mainland}, an FTZ id or
 * {@code ftz/subzone}; {@code industries} are GB/T 4754-2017 codes; {@code activity} is free text matched against the
 * measures' keywords; {@code date} is the day the law is asked for (null: today). Validated by {@link ProposalValidator}
 * before it reaches the engine.
 */
public record Proposal(String location, List<String> industries, String activity, double foreignShare,
                       boolean chineseControl, String legalRepNationality, String investmentForm, String investorOrigin,
                       String serviceMode, LocalDate date) {

    /** The supply mode of an enterprise set up here, which the foreign-investment lists govern. */
    public static final String COMMERCIAL_PRESENCE = "commercial_presence";
    /** The location outside every FTZ. */
    public static final String MAINLAND = "mainland";

    public Proposal {
        industries = industries == null ? List.of() : List.copyOf(industries);
        legalRepNationality = legalRepNationality == null ? "unspecified" : legalRepNationality;
        investmentForm = investmentForm == null ? "new_enterprise" : investmentForm;
        investorOrigin = investorOrigin == null ? "foreign" : investorOrigin;
        serviceMode = serviceMode == null ? COMMERCIAL_PRESENCE : serviceMode;
    }

    /** A proposal for today. */
    public Proposal(String location, List<String> industries, String activity, double foreignShare, boolean chineseControl,
                    String legalRepNationality, String investmentForm, String investorOrigin, String serviceMode) {
        this(location, industries, activity, foreignShare, chineseControl, legalRepNationality, investmentForm, investorOrigin,
                serviceMode, null);
    }

    public boolean commercialPresence() {
        return COMMERCIAL_PRESENCE.equals(serviceMode);
    }

    public Proposal at(String otherLocation) {
        return new Proposal(otherLocation, industries, activity, foreignShare, chineseControl, legalRepNationality,
                investmentForm, investorOrigin, serviceMode, date);
    }

    public Proposal withForeignShare(double share) {
        return new Proposal(location, industries, activity, share, chineseControl, legalRepNationality, investmentForm,
                investorOrigin, serviceMode, date);
    }

    public Proposal on(LocalDate day) {
        return new Proposal(location, industries, activity, foreignShare, chineseControl, legalRepNationality, investmentForm,
                investorOrigin, serviceMode, day);
    }
}
