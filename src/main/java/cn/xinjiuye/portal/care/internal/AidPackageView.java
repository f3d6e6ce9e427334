package cn.xinjiuye.portal.care.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A package as the list and its page show it: pseudonymized, the community by name (the household: readHousehold). */
public record AidPackageView(
        Long id,
        String code,
        String pseudonym,
        int householdSize,
        String communityName,
        Difficulty difficulty,
        String needs,
        AidStatus status,
        ClaimantKind claimantKind,
        String claimantName,
        long version) {

    static AidPackageView of(AidPackage p) {
        return new AidPackageView(
                p.getId(),
                p.getCode(),
                p.getPseudonym(),
                p.getHouseholdSize(),
                p.getCommunity().getName(),
                p.getDifficulty(),
                p.getNeeds(),
                p.getStatus(),
                p.getClaimantKind(),
                p.getClaimantName(),
                p.getVersion());
    }

    /** A help given to the household, as its page lists it. */
    public record Help(LocalDate helpedOn, String what, BigDecimal valueYuan, String givenBy) {

        static Help of(AidHelp h) {
            return new Help(h.getHelpedOn(), h.getWhat(), h.getValueYuan(), h.getGivenBy());
        }
    }

    /** A package's page: the package, whether the user may open the household, the helps and their total. */
    public record Page(AidPackageView pkg, boolean mayReadHousehold, List<Help> helps, BigDecimal totalValue) {}
}
