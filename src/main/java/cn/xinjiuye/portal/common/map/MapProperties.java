package cn.xinjiuye.portal.common.map;

import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The map tile source (portal.map.*). OpenStreetMap by default; Tianditu (CGCS2000, treated as WGS-84) with a key
 * in the URL; Amap, whose tiles are GCJ-02 so markers must be shifted before they are drawn.
 */
@ConfigurationProperties("portal.map")
public record MapProperties(String tileUrl, String tileSubdomains, String tileCoordinates, String attribution) {

    public MapProperties {
        if (tileUrl == null || tileUrl.isBlank()) {
            tileUrl = "https://{s}.tile.openstreetmap.org/{z}/{x}/{y}.png";
        }
        if (tileSubdomains == null) {
            tileSubdomains = "abc";
        }
        if (tileCoordinates == null || tileCoordinates.isBlank()) {
            tileCoordinates = "WGS84";
        }
        if (attribution == null) {
            attribution = "";
        }
    }

    /** The tile host as a Content-Security-Policy source: "{s}.tile.osm.org" becomes "*.tile.osm.org". */
    public String cspSource() {
        URI uri = URI.create(tileUrl.replace("{", "%7B").replace("}", "%7D"));
        String host = uri.getRawAuthority().replace("%7B", "{").replace("%7D", "}");
        int firstDot = host.indexOf('.');
        if (firstDot > 0 && host.substring(0, firstDot).contains("{")) {
            host = "*" + host.substring(firstDot);
        }
        return uri.getScheme() + "://" + host;
    }

    public boolean tilesInGcj02() {
        return "GCJ02".equalsIgnoreCase(tileCoordinates);
    }
}
