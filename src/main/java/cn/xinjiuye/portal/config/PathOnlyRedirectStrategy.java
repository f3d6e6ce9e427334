package cn.xinjiuye.portal.config;

import java.net.URI;
import java.net.URISyntaxException;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.util.UrlUtils;

/**
 * Redirects of the sign-in flow as paths, never as absolute URLs: a saved request's URL is built from the request's
 * Host header, and {@code Host: evil.example} must not send anyone to evil.example after signing in.
 */
class PathOnlyRedirectStrategy extends DefaultRedirectStrategy {

    @Override
    protected String calculateRedirectUrl(String contextPath, String url) {
        if (!UrlUtils.isAbsoluteUrl(url)) {
            return super.calculateRedirectUrl(contextPath, url);
        }
        try {
            // A saved request's path already holds the context path.
            URI uri = new URI(url);
            // One leading slash only: "//host/…" would be a link to another host.
            String path =
                    "/" + (uri.getRawPath() == null ? "" : uri.getRawPath().replaceFirst("^/+", ""));
            return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
        } catch (URISyntaxException e) {
            return contextPath + "/";
        }
    }
}
