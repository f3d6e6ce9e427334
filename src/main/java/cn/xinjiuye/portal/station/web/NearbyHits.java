package cn.xinjiuye.portal.station.web;

import cn.xinjiuye.portal.common.map.MapProperties;
import cn.xinjiuye.portal.station.ChinaCoordinates;
import cn.xinjiuye.portal.station.internal.Amenity;
import cn.xinjiuye.portal.station.internal.NearbyStation;
import cn.xinjiuye.portal.station.internal.NearbyStation.State;
import cn.xinjiuye.portal.station.internal.OpeningHours;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.unbescape.html.HtmlEscape;

/**
 * The nearby list's rows with every text already made: the list is the page's hot path, and a profile showed most of
 * its time in per-row message lookups and per-amenity template fragments. What depends only on the language (the
 * amenity row of a set of amenities, a state's badge, the navigation links' labels) is made once per language and
 * kept (icons from the {@link IconSprite} file); what depends on the station (name, distance, links) is made per row, escaped here.
 */
@Component
@RequiredArgsConstructor
class NearbyHits {

    private final MessageSource messages;
    private final MapProperties map;
    private final IconSprite icons;
    private final Map<String, String> cache = new ConcurrentHashMap<>();

    /**
     * A hit as shown: name, link, distance in words, state (OPEN, CLOSING_SOON, CLOSED) and its badge, today's
     * hours, the amenities' icons with their names, the navigation links for the default mode, a lazy thumbnail, and
     * the point in the map's coordinate system. The HTML parts are escaped markup.
     */
    record Hit(
            long id,
            String name,
            String address,
            String url,
            String distance,
            boolean open,
            State state,
            String stateLabel,
            String stateBadge,
            String today,
            String amenityHtml,
            String navHtml,
            String thumbUrl,
            String thumbAlt,
            double mapLat,
            double mapLng) {

        /**
         * The row of the list as markup, every text escaped: made here rather than by a th:each, which took a third of
         * the page's time in a profile (twenty attribute expressions a row). The data- attributes are what the page
         * script draws the markers and popups from.
         */
        private StringBuilder appendTo(StringBuilder li) {
            li.append("<li class=\"station-item card card-body mb-2 state-")
                    .append(state)
                    .append("\" data-id=\"")
                    .append(id)
                    .append("\" data-lat=\"")
                    .append(mapLat)
                    .append("\" data-lng=\"")
                    .append(mapLng)
                    .append("\" data-name=\"")
                    .append(escape(name))
                    .append("\" data-url=\"")
                    .append(escape(url))
                    .append("\" data-open=\"")
                    .append(open)
                    .append("\" data-state=\"")
                    .append(state)
                    .append("\" data-distance=\"")
                    .append(escape(distance))
                    .append("\" data-state-label=\"")
                    .append(escape(stateLabel))
                    .append("\"><div class=\"d-flex gap-2\">");
            if (thumbUrl != null) {
                li.append("<img class=\"station-thumb\" src=\"")
                        .append(escape(thumbUrl))
                        .append("\" alt=\"")
                        .append(escape(thumbAlt))
                        .append("\" loading=\"lazy\" decoding=\"async\" width=\"64\" height=\"64\">");
            }
            return li.append("<div class=\"flex-grow-1\"><div class=\"d-flex justify-content-between gap-2\">")
                    .append("<a class=\"station-name fw-semibold\" href=\"")
                    .append(escape(url))
                    .append("\">")
                    .append(escape(name))
                    .append("</a><span class=\"station-distance text-nowrap\">")
                    .append(escape(distance))
                    .append("</span></div><div class=\"small text-muted\">")
                    .append(escape(address))
                    .append("</div><div class=\"small\"><span class=\"badge open-badge\">")
                    .append(stateBadge)
                    .append("</span> <span class=\"today-hours\">")
                    .append(escape(today))
                    .append("</span></div></div></div><div class=\"amenity-icons small\">")
                    .append(amenityHtml)
                    .append("</div><div class=\"nav-links small\">")
                    .append(navHtml)
                    .append("</div></li>");
        }
    }

    /** The five markup characters as references (unbescape: one pass, the text itself when none occurs). */
    static String escape(String text) {
        return text == null ? "" : HtmlEscape.escapeHtml4Xml(text);
    }

    /**
     * The list's rows as one text: the page inserts it with one {@code th:utext} (a {@code th:each} over the rows was a
     * tenth of the page's rendering in a profile).
     */
    static String html(List<Hit> hits) {
        StringBuilder list = new StringBuilder(2600 * hits.size());
        hits.forEach(hit -> hit.appendTo(list));
        return list.toString();
    }

    /**
     * The rows of a search from {@code from} (WGS-84). The cache is keyed by the bundle the language resolves to (its
     * i18n.bundle message), not by the locale asked, so odd Accept-Language headers cannot grow it.
     */
    List<Hit> of(List<NearbyStation> found, ChinaCoordinates.LatLng from, Locale locale, String context) {
        String bundle = language(locale);
        return found.stream().map(s -> hit(s, from, locale, bundle, context)).toList();
    }

    private Hit hit(NearbyStation s, ChinaCoordinates.LatLng from, Locale locale, String bundle, String context) {
        double[] point = MapPoints.onMap(map, s.lat(), s.lng());
        String distance = s.distance() < 1000
                ? with("station.distance.m", locale, bundle, String.valueOf(Math.round(s.distance())))
                : with("station.distance.km", locale, bundle, kilometres(s.distance()));
        String t = s.todayHours();
        String today = OpeningHours.CLOSED.equals(t)
                ? text("station.todayClosed", locale)
                : with(
                        "station.today",
                        locale,
                        bundle,
                        OpeningHours.ALL_DAY.equals(t) ? text("station.hours.allDay", locale) : t);
        State state = s.state();
        String minutes = state == State.CLOSING_SOON ? String.valueOf(s.minutesToClose()) : "";
        String stateLabel = with("station.state." + state.name(), locale, bundle, minutes);
        String url = context + "/public/stations/" + s.id();
        Navigation nav = Navigation.to(s.lat(), s.lng(), s.name(), Navigation.Mode.RIDE, from);
        return new Hit(
                s.id(),
                s.name(),
                s.address(),
                url,
                distance,
                s.openNow(),
                state,
                stateLabel,
                cache.computeIfAbsent("badge|" + bundle + "|" + state + "|" + minutes, k -> badge(state, stateLabel)),
                today,
                cache.computeIfAbsent(
                        "amenities|" + bundle + "|" + Amenity.toBits(s.amenities()),
                        k -> amenities(s.amenities(), locale)),
                navLinks(nav, locale, bundle),
                s.hasPhoto() ? url + "/thumb?v=" + s.photoVersion() : null,
                s.hasPhoto() ? with("station.photo.thumb", locale, bundle, s.name()) : null,
                point[0],
                point[1]);
    }

    private String badge(State state, String label) {
        String icon = switch (state) {
            case OPEN -> "check-circle";
            case CLOSING_SOON -> "clock-history";
            case CLOSED -> "x-circle";
        };
        return icons.use(icon) + " " + escape(label);
    }

    private String amenities(List<Amenity> list, Locale locale) {
        StringBuilder html = new StringBuilder();
        for (Amenity a : list) {
            html.append("<span class=\"amenity-icon me-2\">")
                    .append(icons.use(a.icon()))
                    .append(" <span>")
                    .append(escape(text(a.messageKey(), locale)))
                    .append("</span></span>");
        }
        return html.toString();
    }

    /** The three apps' links for the default mode (riding): they work without the script, which switches the mode. */
    private String navLinks(Navigation nav, Locale locale, String bundle) {
        String labels = cache.computeIfAbsent(
                "nav|" + bundle,
                k -> "<span class=\"nav-label\">"
                        + escape(text("station.nav.go", locale)) + "</span>|"
                        + escape(text("station.nav.amap", locale)) + "|"
                        + escape(text("station.nav.baidu", locale)) + "|"
                        + escape(text("station.nav.tencent", locale)));
        String[] l = labels.split("\\|", -1);
        return l[0] + " " + link("amap", nav.amapRoute(), l[1]) + " " + link("baidu", nav.baidu(), l[2]) + " "
                + link("tencent", nav.tencent(), l[3]);
    }

    private static String link(String app, String href, String label) {
        return "<a class=\"nav-link-app\" data-nav=\"" + app + "\" rel=\"noopener\" href=\"" + escape(href) + "\">"
                + label + "</a>";
    }

    /**
     * The filter's amenity choices as {@code <option>}s, the asked one selected: made once per language and choice
     * (an unknown one selects nothing, and is not kept).
     */
    String amenityOptions(String asked, Locale locale) {
        String selected = java.util.Arrays.stream(Amenity.values())
                .map(Amenity::name)
                .filter(n -> n.equals(asked))
                .findFirst()
                .orElse("");
        return cache.computeIfAbsent("amenityOptions|" + language(locale) + "|" + selected, k -> {
            StringBuilder html = new StringBuilder("<option value=\"\">")
                    .append(escape(text("station.nearby.amenity", locale)))
                    .append("</option>");
            for (Amenity a : Amenity.values()) {
                html.append(
                        option(a.name(), text(a.messageKey(), locale), a.name().equals(selected)));
            }
            return html.toString();
        });
    }

    /** The filter's radii as {@code <option>}s, the one searched selected (none when it is not one of them). */
    String radiusOptions(List<Integer> radii, int searched, Locale locale) {
        int selected = radii.contains(searched) ? searched : 0;
        return cache.computeIfAbsent("radiusOptions|" + language(locale) + "|" + selected, k -> {
            StringBuilder html = new StringBuilder();
            for (int r : radii) {
                html.append(option(
                        String.valueOf(r), text("station.nearby.radius.option", locale, r / 1000), r == selected));
            }
            return html.toString();
        });
    }

    /** Metres as kilometres with one decimal ("1.3"), without a Formatter (a profile found it costly per row). */
    static String kilometres(double metres) {
        long tenths = Math.round(metres / 100);
        return tenths / 10 + "." + tenths % 10;
    }

    private static String option(String value, String label, boolean selected) {
        return "<option value=\"" + value + "\"" + (selected ? " selected" : "") + ">" + escape(label) + "</option>";
    }

    /**
     * A message of one argument from its pattern, kept per language: a MessageFormat per row and text was a tenth of
     * the rows' time in a profile. The rows' patterns hold a plain {@code {0}} and no quotes.
     */
    private String with(String key, Locale locale, String bundle, String arg) {
        return cache.computeIfAbsent("pattern|" + bundle + "|" + key, k -> text(key, locale))
                .replace("{0}", arg);
    }

    /**
     * What the cache keys name a language by: the name of the bundle the locale resolves to ({@code i18n.bundle}), so
     * that every locale falling back to the same bundle shares its entries (bounded whatever locale is asked).
     */
    private String language(Locale locale) {
        return text("i18n.bundle", locale);
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
