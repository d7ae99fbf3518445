package org.ftzobservatory.access;

import java.util.List;

/**
 * A proposed foreign investment, as an investor or lawyer states it. {@code location} is {@code mainland}, an FTZ id or
 * {@code ftz/subzone}; {@code industries} are GB/T 4754-2017 codes; {@code activity} is free text matched against the
 * measures' keywords. Validated by {@link ProposalValidator} before it reaches the engine.
 */
public record Proposal(String location, List<String> industries, String activity, double foreignShare,
                       boolean chineseControl, String legalRepNationality, String investmentForm, String investorOrigin,
                       String serviceMode) {

    public Proposal {
        industries = industries == null ? List.of() : List.copyOf(industries);
        legalRepNationality = legalRepNationality == null ? "unspecified" : legalRepNationality;
        investmentForm = investmentForm == null ? "new_enterprise" : investmentForm;
        investorOrigin = investorOrigin == null ? "foreign" : investorOrigin;
        serviceMode = serviceMode == null ? "commercial_presence" : serviceMode;
    }

    public Proposal at(String otherLocation) {
        return new Proposal(otherLocation, industries, activity, foreignShare, chineseControl, legalRepNationality,
                investmentForm, investorOrigin, serviceMode);
    }

    public Proposal withForeignShare(double share) {
        return new Proposal(location, industries, activity, share, chineseControl, legalRepNationality, investmentForm,
                investorOrigin, serviceMode);
    }
}
