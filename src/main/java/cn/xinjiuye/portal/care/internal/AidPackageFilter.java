package cn.xinjiuye.portal.care.internal;

/** The package list's filters, bound from the query string; null means any. */
public record AidPackageFilter(String q, AidStatus status, Difficulty difficulty) {

    String query() {
        return q == null || q.isBlank() ? null : q.trim();
    }
}
