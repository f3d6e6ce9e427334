package cn.xinjiuye.portal.governance.open311.web;

import cn.xinjiuye.portal.common.web.PublicUrl;
import cn.xinjiuye.portal.governance.internal.Open311Catalog;
import cn.xinjiuye.portal.governance.internal.Open311Exception;
import cn.xinjiuye.portal.governance.internal.Open311Filing;
import cn.xinjiuye.portal.governance.internal.Open311Reads;
import cn.xinjiuye.portal.governance.internal.Open311Updates;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Open311 GeoReport v2 in XML (the spec's required format) and JSON, chosen by the suffix: discovery, services, a
 * service definition, POST and GET requests, one request, and FixMyStreet's servicerequestupdates (GET, and POST for
 * a department's system). Every error, 404 and 500 included, is GeoReport's error body in the format asked
 * ({@link Open311Errors}).
 */
@RestController
@RequestMapping("/open311/v2")
class Open311Controller {

    private static final String FORMAT = "{format:xml|json}";

    private final Open311Catalog catalog;
    private final Open311Reads reads;
    private final Open311Filing filing;
    private final Open311Updates updates;

    private final String publicUrl;

    Open311Controller(
            Open311Catalog catalog,
            Open311Reads reads,
            Open311Filing filing,
            Open311Updates updates,
            @Value("${portal.public-url}") String publicUrl) {
        this.publicUrl = PublicUrl.base(publicUrl);
        this.catalog = catalog;
        this.reads = reads;
        this.filing = filing;
        this.updates = updates;
    }

    @GetMapping("/discovery." + FORMAT)
    ResponseEntity<byte[]> discovery(@PathVariable String format) {
        // From the configured public URL, never from the request's Host header.
        String base = publicUrl + "/open311/v2/";
        return GeoReportWriter.ok(format, "discovery", null, catalog.discovery(base));
    }

    @GetMapping("/services." + FORMAT)
    ResponseEntity<byte[]> services(
            @PathVariable String format, @RequestParam Map<String, String> params, Locale locale) {
        return GeoReportWriter.ok(format, "services", "service", catalog.services(params, locale));
    }

    @GetMapping("/services/{code}." + FORMAT)
    ResponseEntity<byte[]> definition(
            @PathVariable String code, @PathVariable String format, @RequestParam Map<String, String> params) {
        return GeoReportWriter.ok(format, "service_definition", null, catalog.definition(code, params));
    }

    @PostMapping("/requests." + FORMAT)
    ResponseEntity<byte[]> create(
            @PathVariable String format,
            @RequestParam Map<String, String> params,
            @RequestParam(name = "media", required = false) List<MultipartFile> media) {
        return asRequests(format, filing.create(params, bytes(media)));
    }

    @GetMapping("/requests." + FORMAT)
    ResponseEntity<byte[]> requests(
            @PathVariable String format, @RequestParam Map<String, String> params, Locale locale) {
        return asRequests(format, reads.requests(params, locale));
    }

    @GetMapping("/requests/{id}." + FORMAT)
    ResponseEntity<byte[]> request(
            @PathVariable String id,
            @PathVariable String format,
            @RequestParam Map<String, String> params,
            Locale locale) {
        return asRequests(format, reads.request(id, params, locale));
    }

    @GetMapping("/servicerequestupdates." + FORMAT)
    ResponseEntity<byte[]> updates(
            @PathVariable String format, @RequestParam Map<String, String> params, Locale locale) {
        return asUpdates(format, reads.updates(params, locale));
    }

    @PostMapping("/servicerequestupdates." + FORMAT)
    ResponseEntity<byte[]> pushUpdate(@PathVariable String format, @RequestParam Map<String, String> params) {
        return asUpdates(format, updates.push(params));
    }

    /** Anything else under the API, any method: GeoReport's 404 rather than the portal's error page. */
    @RequestMapping("/**")
    ResponseEntity<byte[]> none(HttpServletRequest request) {
        throw Open311Exception.notFound("no Open311 endpoint " + request.getMethod() + " " + request.getRequestURI());
    }

    /** Requests, one or many, are {@code <service_requests><request>} in XML. */
    private static ResponseEntity<byte[]> asRequests(String format, Object body) {
        return GeoReportWriter.ok(format, "service_requests", "request", body);
    }

    /** Updates are {@code <service_request_updates><request_update>} in XML. */
    private static ResponseEntity<byte[]> asUpdates(String format, Object body) {
        return GeoReportWriter.ok(format, "service_request_updates", "request_update", body);
    }

    private static List<byte[]> bytes(List<MultipartFile> media) {
        if (media == null) {
            return List.of();
        }
        try {
            List<byte[]> result = new java.util.ArrayList<>();
            for (MultipartFile f : media) {
                result.add(f.getBytes());
            }
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
