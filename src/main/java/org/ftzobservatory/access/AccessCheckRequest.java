package org.ftzobservatory.access;

/**
 * A check as the API and the CLI receive it. {@code industry} holds one GB/T code or several separated by commas;
 * {@code date} (YYYY-MM-DD, default today) picks the editions in force that day. Validated into a {@link Proposal} by
 * {@link ProposalValidator}.
 */
public record AccessCheckRequest(String location, String industry, String activity, Double foreignShare,
                                 Boolean chineseControl, String legalRepNationality, String investmentForm,
                                 String investorOrigin, String serviceMode, String date) {

    public AccessCheckRequest(String location, String industry, String activity, Double foreignShare, Boolean chineseControl,
                              String legalRepNationality, String investmentForm, String investorOrigin, String serviceMode) {
        this(location, industry, activity, foreignShare, chineseControl, legalRepNationality, investmentForm, investorOrigin,
                serviceMode, null);
    }
}
