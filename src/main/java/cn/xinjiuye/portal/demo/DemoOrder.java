package cn.xinjiuye.portal.demo;

/**
 * The order of the demo's loaders, in one place: each {@link DemoLoader} names its slot with
 * {@code @Order(DemoOrder.X)}. Lower first, both as the order in which plans are made and as the tie-break between
 * steps at the same instant; two loaders of one slot are taken by class name.
 */
public final class DemoOrder {

    /** The regions ({@link DemoData}) and the accounts: every other record refers to them. */
    public static final int REGIONS_AND_ACCOUNTS = 10;

    /** The stations of the features' demo. */
    public static final int STATIONS = 20;

    /** The Party organizations, enterprises and people, and a year of their organizational life. */
    public static final int ORGANIZATIONS = 20;

    /** The departments, the API keys and the cases of the features' demo. */
    public static final int GOVERNANCE = 25;

    /** The difficult families' aid packages. */
    public static final int CARE = 40;

    /** The volunteer teams, their activities and the recognitions. */
    public static final int VOLUNTEERS = 41;

    /** The source article's figures, on top of the features' records: stations first. */
    public static final int ARTICLE_STATIONS = 91;

    /** The article's Party organizations, enterprises and people. */
    public static final int ARTICLE_ORGANIZATIONS = 92;

    /** The article's cases, which come from the people and stations before them. */
    public static final int ARTICLE_CASES = 93;

    private DemoOrder() {}
}
