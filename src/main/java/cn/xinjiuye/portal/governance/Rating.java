package cn.xinjiuye.portal.governance;

/** The reporter's rating of a closed case (回访). */
public enum Rating {
    SATISFIED,
    BASICALLY_SATISFIED,
    DISSATISFIED;

    public String messageKey() {
        return "case.rating." + name();
    }
}
