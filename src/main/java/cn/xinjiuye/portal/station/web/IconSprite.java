package cn.xinjiuye.portal.station.web;

import cn.xinjiuye.portal.station.internal.Amenity;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.webjars.WebJarVersionLocator;

/**
 * The couriers' pages' icons as one SVG sprite inside the page ({@code <symbol id="bi-droplet">}), drawn by
 * {@code <svg><use href="#bi-droplet"/></svg>}: the finder on weak signal then loads no icon file at all (there were
 * nineteen requests of about 1.3 KB each, headers included), and a row's icon is a few bytes. The symbols are the
 * Bootstrap Icons SVGs of the webjar, read once.
 */
@Component
class IconSprite {

    static final List<String> STATE_ICONS = List.of("check-circle", "clock-history", "x-circle");
    static final List<String> MODE_ICONS = List.of("bicycle", "person-walking", "car-front");

    private final String sprite;

    IconSprite() {
        WebJarVersionLocator webjars = new WebJarVersionLocator();
        List<String> names = new ArrayList<>(STATE_ICONS);
        names.addAll(MODE_ICONS);
        for (Amenity a : Amenity.values()) {
            names.add(a.icon());
        }
        StringBuilder s = new StringBuilder(
                "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"icon-sprite\" aria-hidden=\"true\">");
        for (String name : names) {
            s.append(symbol(name, webjars.fullPath("bootstrap-icons", "icons/" + name + ".svg")));
        }
        this.sprite = s.append("</svg>").toString();
    }

    /** The sprite, to be put once in a page (by station/nav-mode :: chooser, which every courier page has). */
    String sprite() {
        return sprite;
    }

    /** An icon of the sprite, decorative (its name stands beside it as text). */
    static String use(String name) {
        return "<svg class=\"bi\" width=\"16\" height=\"16\" aria-hidden=\"true\" focusable=\"false\"><use href=\"#bi-"
                + name + "\"/></svg>";
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
