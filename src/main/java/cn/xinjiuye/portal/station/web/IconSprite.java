package cn.xinjiuye.portal.station.web;

import cn.xinjiuye.portal.station.internal.Amenity;
import jakarta.servlet.ServletContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.util.DigestUtils;
import org.webjars.WebJarVersionLocator;

/**
 * The couriers' pages' icons as one SVG sprite file ({@code <symbol id="bi-droplet">}), drawn by
 * {@code <svg><use href="/public/stations/icons/sprite-<md5, 12 digits>.svg#bi-droplet"/></svg>}: one request on a phone's first visit instead
 * of one per icon, then cached for a year under its content-hashed name (and by the offline worker), so that the
 * pages themselves carry a few bytes per icon rather than the 15 KB sprite each time. The symbols are the Bootstrap
 * Icons SVGs of the webjar, read once.
 */
@Component("stationIcons")
public class IconSprite {

    static final String FOLDER = "/public/stations/icons/";
    static final List<String> STATE_ICONS = List.of("check-circle", "clock-history", "x-circle");
    static final List<String> MODE_ICONS = List.of("bicycle", "person-walking", "car-front");

    private final String sprite;
    private final String fileName;
    private final String url;

    IconSprite(ServletContext servlet) {
        WebJarVersionLocator webjars = new WebJarVersionLocator();
        List<String> names = new ArrayList<>(STATE_ICONS);
        names.addAll(MODE_ICONS);
        for (Amenity a : Amenity.values()) {
            names.add(a.icon());
        }
        StringBuilder s = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\">");
        for (String name : names) {
            s.append(symbol(name, webjars.fullPath("bootstrap-icons", "icons/" + name + ".svg")));
        }
        this.sprite = s.append("</svg>").toString();
        // Twelve hex digits of the MD5 name the content well enough, and every icon of a page repeats the name.
        this.fileName = "sprite-"
                + DigestUtils.md5DigestAsHex(sprite.getBytes(StandardCharsets.UTF_8))
                        .substring(0, 12) + ".svg";
        this.url = servlet.getContextPath() + FOLDER + fileName;
    }

    /** The sprite file's URL, named by its content (also for templates: {@code ${@stationIcons.url()}}). */
    public String url() {
        return url;
    }

    /** The sprite when asked by its current name; an old name is unknown (its page is older than this build). */
    Optional<String> file(String name) {
        return fileName.equals(name) ? Optional.of(sprite) : Optional.empty();
    }

    /** An icon of the sprite, decorative (its name stands beside it as text); app.css sizes {@code svg.bi}. */
    String use(String name) {
        return "<svg class=\"bi\" aria-hidden=\"true\"><use href=\"" + url + "#bi-" + name + "\"/></svg>";
    }

    private static String symbol(String name, String path) {
        if (path == null) {
            throw new IllegalStateException("icon missing from the bootstrap-icons webjar: " + name);
        }
        try (InputStream in = IconSprite.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("icon missing from the webjar: " + path);
            }
            String svg = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            String inner = svg.substring(svg.indexOf('>') + 1, svg.lastIndexOf("</svg>"))
                    .trim();
            return "<symbol id=\"bi-" + name + "\" viewBox=\"0 0 16 16\" fill=\"currentColor\">" + inner + "</symbol>";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
