package cn.xinjiuye.portal.governance.internal;

import cn.xinjiuye.portal.governance.internal.GeoReport.Created;
import cn.xinjiuye.portal.region.Region;
import cn.xinjiuye.portal.region.RegionService;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;

/**
 * POST requests: a client with a key files a case in one of its districts. The location is lat/long, or an
 * address_string or address_id with the community attribute; media_url is kept as a link (never fetched); photos
 * come as multipart {@code media} (FixMyStreet's extension). The case number is returned at once.
 */
@Service
@RequiredArgsConstructor
public class Open311Filing {

    private final Open311Access access;
    private final CaseFiling filing;
    private final RegionService regions;

    public List<Created> create(Map<String, String> params, List<byte[]> media) {
        Open311Access.Reader writer = access.writer(params.get("api_key"), params.get("jurisdiction_id"));
        List<String> missing = new ArrayList<>();
        for (String required : List.of("service_code", "description", "attribute[community]")) {
            if (blank(params.get(required))) {
                missing.add(required);
            }
        }
        boolean located = !blank(params.get("lat")) && !blank(params.get("long"));
        if (!located && blank(params.get("address_string")) && blank(params.get("address_id"))) {
            missing.add("lat and long, or address_string, or address_id");
        }
        if (!missing.isEmpty()) {
            throw Open311Exception.badRequest("missing required field(s): " + String.join(", ", missing));
        }
        CaseCategory category = Open311Params.category(params.get("service_code"));
        String description = params.get("description").trim();
        text(description, "description", 1000);
        Region community = community(params.get("attribute[community]"));
        if (!community.getPath().startsWith(writer.district().getPath())) {
            throw Open311Exception.forbidden("community " + community.getId() + " is not in jurisdiction_id "
                    + writer.district().getCode());
        }
        ApiReport report = new ApiReport(
                category,
                description,
                located ? number(params.get("lat"), "lat", 90) : null,
                located ? number(params.get("long"), "long", 180) : null,
                text(params.get("address_string"), "address_string", 200),
                text(params.get("address_id"), "address_id", 100),
                community.getId(),
                name(params.get("first_name"), params.get("last_name")),
                params.get("phone"),
                mediaUrl(params.get("media_url")));
        String caseNo = filing.fileFromApi(report, media, writer.client().actor());
        return List.of(new Created(caseNo, "", null));
    }

    private Region community(String value) {
        try {
            return regions.findById(Long.parseLong(value.trim()))
                    .orElseThrow(() -> Open311Exception.badRequest(
                            "attribute[community] must be a key from the service definition"));
        } catch (NumberFormatException e) {
            throw Open311Exception.badRequest("attribute[community] must be a key from the service definition");
        }
    }

    /** A link the client keeps the media at: http or https only, shown to staff and never fetched here. */
    private static String mediaUrl(String value) {
        String url = text(value, "media_url", 500);
        if (url == null) {
            return null;
        }
        try {
            URI uri = new URI(url);
            if (!("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                    || uri.getHost() == null) {
                throw Open311Exception.badRequest("media_url must be an http or https URL");
            }
            return url;
        } catch (URISyntaxException e) {
            throw Open311Exception.badRequest("media_url must be an http or https URL");
        }
    }

    private static String text(String value, String field, int max) {
        if (blank(value)) {
            return null;
        }
        if (value.trim().length() > max) {
            throw Open311Exception.badRequest(field + " is longer than " + max + " characters");
        }
        return value.trim();
    }

    private static double number(String s, String field, double limit) {
        try {
            double d = Double.parseDouble(s.trim());
            if (Double.isNaN(d) || Math.abs(d) > limit) {
                throw Open311Exception.badRequest(field + " is out of range");
            }
            return d;
        } catch (NumberFormatException e) {
            throw Open311Exception.badRequest(field + " is not a number");
        }
    }

    private static String name(String first, String last) {
        String s = ((last == null ? "" : last.trim()) + (first == null ? "" : first.trim())).trim();
        return s.isEmpty() ? null : s.length() > 40 ? s.substring(0, 40) : s;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
