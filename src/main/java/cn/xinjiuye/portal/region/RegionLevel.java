package cn.xinjiuye.portal.region;

import cn.xinjiuye.portal.common.Labelled;

/**
 * The levels of the region tree and the shape of their codes: GB/T 2260 six-digit codes for province, city and
 * district, the statistical division codes for street (9 digits) and community (12 digits), and a grid number
 * of three more digits under its community.
 */
public enum RegionLevel implements Labelled {
    PROVINCE(6, 2),
    CITY(6, 4),
    DISTRICT(6, 6),
    STREET(9, 9),
    COMMUNITY(12, 12),
    GRID(15, 15);

    private final int codeLength;
    /** How many leading digits of the code are this level's own; children repeat them. */
    private final int significantDigits;

    RegionLevel(int codeLength, int significantDigits) {
        this.codeLength = codeLength;
        this.significantDigits = significantDigits;
    }

    public int codeLength() {
        return codeLength;
    }

    /** The code prefix that every child's code starts with. */
    public String childPrefix(String code) {
        return code.substring(0, Math.min(significantDigits, code.length()));
    }

    /** Province codes end in 0000, city codes in 00; lower levels are free. */
    public boolean isWellFormed(String code) {
        if (code == null || code.length() != codeLength || !code.chars().allMatch(Character::isDigit)) {
            return false;
        }
        return code.substring(significantDigits).chars().allMatch(c -> c == '0')
                && (this != CITY || !code.substring(2, 4).equals("00"))
                && (this != DISTRICT || !code.substring(4, 6).equals("00"));
    }

    public RegionLevel child() {
        return this == GRID ? null : values()[ordinal() + 1];
    }

    public RegionLevel parent() {
        return this == PROVINCE ? null : values()[ordinal() - 1];
    }

    @Override
    public String messageKey() {
        return "region.level." + name();
    }
}
