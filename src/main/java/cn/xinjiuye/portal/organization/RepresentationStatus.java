package cn.xinjiuye.portal.organization;

/** Nomination outcome. */
public enum RepresentationStatus {
    NOMINATED,
    ELECTED,
    NOT_ELECTED;

    public String messageKey() {
        return "representation.status." + name();
    }
}
