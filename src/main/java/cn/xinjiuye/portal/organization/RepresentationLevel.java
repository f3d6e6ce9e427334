package cn.xinjiuye.portal.organization;

/** Level of a congress. */
public enum RepresentationLevel {
    DISTRICT,
    CITY,
    PROVINCE,
    NATIONAL;

    public String messageKey() {
        return "representation.level." + name();
    }
}
