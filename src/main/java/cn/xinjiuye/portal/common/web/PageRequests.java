package cn.xinjiuye.portal.common.web;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;

/**
 * Paging parameters from a list page's query string, with a sane page size and an offset in range whatever is typed
 * into the URL.
 */
public final class PageRequests {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    private PageRequests() {}

    public static Pageable of(Integer page, Integer size) {
        int p = page == null || page < 0 ? 0 : page;
        int s = size == null || size < 1 ? DEFAULT_SIZE : Math.min(size, MAX_SIZE);
        // The offset must fit an int (the JPA query's first result); a page past the last is then answered by
        // PastTheLastPage with the last one.
        return PageRequest.of(Math.min(p, Integer.MAX_VALUE / s), s);
    }
}
