package cn.xinjiuye.portal.common.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.RecordComponent;
import org.springframework.data.domain.Page;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A list asked for a page past its last one ({@code ?page=2147483647}, a bookmark after rows were deleted) is
 * redirected to its last page, for every list at once: the interceptor finds the {@link Page} in the model (as a
 * value, or a component of the view record) after the controller ran. {@link PageRequests} keeps the offset in
 * range, so the query itself never fails.
 */
public class PastTheLastPage implements HandlerInterceptor {

    private static final int DEPTH = 2;

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler, ModelAndView mav) {
        if (mav == null || !"GET".equals(request.getMethod())) {
            return;
        }
        String view = mav.getViewName();
        if (view == null || view.startsWith("redirect:") || view.startsWith("forward:")) {
            return;
        }
        for (Object value : mav.getModel().values()) {
            Page<?> page = pageIn(value, DEPTH);
            if (page != null && page.getNumber() > lastIndex(page)) {
                mav.clear();
                mav.setViewName("redirect:" + withPage(request, lastIndex(page)));
                return;
            }
        }
    }

    static int lastIndex(Page<?> page) {
        return Math.max(0, page.getTotalPages() - 1);
    }

    /** The same list with its filters (a GET's parameters are its query) at another page. */
    private static String withPage(HttpServletRequest request, int page) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath(request.getRequestURI());
        request.getParameterMap().forEach((name, values) -> {
            if (!name.equals("page")) {
                uri.queryParam(name, (Object[]) values);
            }
        });
        return uri.queryParam("page", page).build().encode().toUriString();
    }

    private static Page<?> pageIn(Object value, int depth) {
        if (value instanceof Page<?> page) {
            return page;
        }
        if (value == null || depth == 0 || !value.getClass().isRecord()) {
            return null;
        }
        for (RecordComponent component : value.getClass().getRecordComponents()) {
            try {
                var accessor = component.getAccessor();
                accessor.trySetAccessible();
                Page<?> page = pageIn(accessor.invoke(value), depth - 1);
                if (page != null) {
                    return page;
                }
            } catch (ReflectiveOperationException | RuntimeException e) {
                // a component that cannot be read holds no page
            }
        }
        return null;
    }
}
