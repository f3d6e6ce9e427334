package cn.xinjiuye.portal.common.web;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * The portal's public base URL ({@code portal.public-url}), the only source of absolute links: a request's Host
 * header is whatever the caller typed, so nothing absolute is ever built from it.
 */
public final class PublicUrl {

    private PublicUrl() {}

    /** The configured URL without a trailing slash; refuses (at start-up) anything but an absolute http(s) URL. */
    public static String base(String configured) {
        String url = configured == null ? "" : configured.trim();
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https"))
                    && uri.getHost() != null
                    && uri.getQuery() == null
                    && uri.getFragment() == null) {
                return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        throw new IllegalStateException("portal.public-url (PORTAL_PUBLIC_URL) must be an absolute http(s) URL such "
                + "as https://portal.example.cn, not '" + url + "'");
    }
}
