package cn.xinjiuye.portal.common.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.DigestUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

/**
 * The offline service worker at the site's root, so its scope is the whole portal: not under a hashed URL (a new
 * version must replace the old one at the same address) and revalidated on every check (no-cache, with an ETag), so
 * an update reaches phones on their next visit. Service-Worker-Allowed states the root scope it registers with.
 */
@RestController
class ServiceWorkerController {

    private static final MediaType JAVASCRIPT = new MediaType("text", "javascript", StandardCharsets.UTF_8);

    private final byte[] script;
    private final String etag;

    ServiceWorkerController() throws IOException {
        try (InputStream in = new ClassPathResource("static/sw.js").getInputStream()) {
            this.script = in.readAllBytes();
        }
        this.etag = "\"" + DigestUtils.md5DigestAsHex(script) + "\"";
    }

    @GetMapping("/sw.js")
    ResponseEntity<byte[]> serviceWorker(WebRequest request) {
        if (request.checkNotModified(etag)) {
            return null;
        }
        return ResponseEntity.ok()
                .contentType(JAVASCRIPT)
                .cacheControl(CacheControl.noCache())
                .header("Service-Worker-Allowed", "/")
                .eTag(etag)
                .body(script);
    }
}
