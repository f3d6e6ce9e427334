package cn.xinjiuye.portal.care.internal;

/** A package with its household in full: what the household page and the edit form show (audited on reading). */
public record HouseholdDetails(
        Long id,
        String code,
        String communityCode,
        String householdHead,
        int householdSize,
        String phone,
        String address,
        Difficulty difficulty,
        String needs,
        long version) {

    static HouseholdDetails of(AidPackage p) {
        return new HouseholdDetails(
                p.getId(),
                p.getCode(),
                p.getCommunity().getCode(),
                p.getHouseholdHead(),
                p.getHouseholdSize(),
                p.getPhone(),
                p.getAddress(),
                p.getDifficulty(),
                p.getNeeds(),
                p.getVersion());
    }
}
