package cn.xinjiuye.portal.organization;

/** 两代表一委员: 人大代表, 党代表, 政协委员. */
public enum RepresentationKind {
    PEOPLES_CONGRESS,
    PARTY_CONGRESS,
    CPPCC;

    public String messageKey() {
        return "representation.kind." + name();
    }
}
