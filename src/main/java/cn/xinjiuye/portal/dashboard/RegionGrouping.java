package cn.xinjiuye.portal.dashboard;

/**
 * The subtree a dashboard covers and how to group its records by child region: the region's path is a prefix
 * ("/1/5/23/"), and a record's child is the path segment right below it.
 */
public record RegionGrouping(String prefix, int depth) {

    public static final String TOTAL = "total";
    public static final String OWN = "own";

    /**
     * SQL for the child key of a region path column, e.g. {@code childKey("r.path")}: '' for records attached to the
     * region itself. The segment is a number computed here, never user input, so it is written into the SQL (a bound
     * parameter would keep PostgreSQL from matching the expression in GROUP BY ROLLUP).
     */
    public String childKey(String pathColumn) {
        return "split_part(" + pathColumn + ", '/', " + childSegment() + ")";
    }

    /** split_part's 1-based index of the child id: the path starts with "/", then one segment per level. */
    public int childSegment() {
        return depth + 2;
    }

    /** Normalizes what a grouped query returned: null (the rollup row) is the total, '' the region itself. */
    public static String keyOf(String sqlKey) {
        if (sqlKey == null) {
            return TOTAL;
        }
        return sqlKey.isEmpty() ? OWN : sqlKey;
    }
}
