package cn.xinjiuye.portal.common.web;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.context.IWebContext;
import org.thymeleaf.linkbuilder.StandardLinkBuilder;

/**
 * Thymeleaf's links, with only the portal's assets passed to the response's {@code encodeURL}, where the resource
 * chain rewrites {@code /css/app.css} to its content-hashed name and {@code /webjars/bootstrap/...} to its version.
 * Every other link ({@code /public/stations/7}, a page's filters) went through the same lookup over all resource
 * handlers only to come back unchanged: a twentieth of the couriers' nearby page in a profile. The portal never puts
 * a session id into a URL, so nothing else is lost. An asset's rewritten URL is kept: it only changes with a new
 * build, and the lookup through the resolver chain for each of a page's ten assets was another twentieth.
 */
public final class AssetLinkBuilder extends StandardLinkBuilder {

    /** The portal's own folders served by content-hashed names (WebConfig maps them). */
    public static final List<String> HASHED_FOLDERS = List.of("css", "js", "vendor");

    /** The folders whose URLs the resource chain rewrites: the hashed ones and the webjars (by version). */
    static final List<String> REWRITTEN = Stream.concat(HASHED_FOLDERS.stream(), Stream.of("webjars"))
            .map(folder -> "/" + folder + "/")
            .toList();

    /** The links are the templates' own asset paths, a few dozen; the bound only guards against a surprise. */
    private static final int MAX_KEPT = 500;

    private final Map<String, String> rewritten = new ConcurrentHashMap<>();

    @Override
    protected String processLink(IExpressionContext context, String link) {
        String path = link;
        if (context instanceof IWebContext web) {
            String app = web.getExchange().getRequest().getApplicationPath();
            if (app != null && !app.isEmpty() && path.startsWith(app)) {
                path = path.substring(app.length());
            }
        }
        for (String folder : REWRITTEN) {
            if (path.startsWith(folder)) {
                String known = rewritten.get(link);
                if (known != null) {
                    return known;
                }
                String url = super.processLink(context, link);
                if (rewritten.size() < MAX_KEPT) {
                    rewritten.put(link, url);
                }
                return url;
            }
        }
        return link;
    }
}
