package cn.xinjiuye.portal.governance;

/** What a case is about; each has a default department per district and a time limit in working days. */
public enum CaseCategory {
    SANITATION,
    FIRE_SAFETY,
    TRAFFIC,
    PARKING,
    PUBLIC_FACILITIES,
    ELDERLY_DIFFICULTY,
    WAGE_ARREARS,
    HEATING,
    OTHER;

    public String messageKey() {
        return "case.category." + name();
    }
}
