package cn.xinjiuye.portal.organization;

/** 性别. */
public enum Gender {
    MALE,
    FEMALE;

    public String messageKey() {
        return "person.gender." + name();
    }
}
