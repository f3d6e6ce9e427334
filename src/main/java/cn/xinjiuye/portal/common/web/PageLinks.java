package cn.xinjiuye.portal.common.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponents;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Gives every page {@code pageUrl}: the current list URL with its filters and an empty page number at the end,
 * so the pagination fragment links to {@code pageUrl + n} and keeps the search.
 */
@ControllerAdvice
public class PageLinks {

    @ModelAttribute("pageUrl")
    public String pageUrl(HttpServletRequest request) {
        String query = request.getQueryString();
        UriComponents uri = UriComponentsBuilder.fromPath(request.getRequestURI())
                .query(query)
                .replaceQueryParam("page")
                .build();
        String rest = uri.getQuery();
        return uri.getPath() + "?" + (rest == null || rest.isEmpty() ? "" : rest + "&") + "page=";
    }
}
