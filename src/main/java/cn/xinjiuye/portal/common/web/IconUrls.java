package cn.xinjiuye.portal.common.web;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/**
 * The versioned URL of a Bootstrap Icons SVG ({@code /webjars/bootstrap-icons/1.11.3/icons/droplet.svg}), for lists
 * that render many icons: resolved once per icon instead of once per row (templates use {@code fragments/icons}).
 */
@Component
@RequiredArgsConstructor
public class IconUrls {

    private final ResourceUrlProvider resources;
    private final Map<String, String> urls = new ConcurrentHashMap<>();

    public String url(String icon) {
        return urls.computeIfAbsent(icon, name -> {
            String path = "/webjars/bootstrap-icons/icons/" + name + ".svg";
            String versioned = resources.getForLookupPath(path);
            return versioned != null ? versioned : path;
        });
    }
}
