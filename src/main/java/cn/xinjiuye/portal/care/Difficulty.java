package cn.xinjiuye.portal.care;

/** Why a household is in difficulty (困难类型). */
public enum Difficulty {
    LOW_INCOME,
    DISABILITY,
    ELDERLY_ALONE,
    SERIOUS_ILLNESS,
    UNEMPLOYED,
    OTHER;

    public String messageKey() {
        return "care.difficulty." + name();
    }
}
