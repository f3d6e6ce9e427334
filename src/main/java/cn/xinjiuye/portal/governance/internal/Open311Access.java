package cn.xinjiuye.portal.governance.internal;

import cn.xinjiuye.portal.common.limits.RateLimiter;
import cn.xinjiuye.portal.region.Region;
import cn.xinjiuye.portal.region.RegionLevel;
import cn.xinjiuye.portal.region.RegionService;
import java.time.Duration;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Who asks the Open311 API and what they may read: without a key, the public cases of any district (or of the
 * {@code jurisdiction_id} given); with a key, the key's districts only, counted against the key's own limit per
 * minute. {@code jurisdiction_id} is a district's code: unknown is 404, outside the key 403, and required when the
 * key covers more than one district.
 */
@Component
@RequiredArgsConstructor
class Open311Access {

    static final Duration WINDOW = Duration.ofMinutes(1);

    private final ApiKeys keys;
    private final RegionService regions;
    private final RateLimiter limiter;

    /** A reader: the client (null without a key) and the subtree prefixes of the districts read (empty: all). */
    record Reader(ApiClient client, List<String> prefixes, Region district) {

        boolean keyed() {
            return client != null;
        }
    }

    /** A GET: the key is optional. */
    Reader reader(String apiKey, String jurisdictionId) {
        Region asked = jurisdiction(jurisdictionId);
        if (apiKey == null || apiKey.isBlank()) {
            return new Reader(null, asked == null ? List.of() : List.of(asked.getPath()), asked);
        }
        return scoped(client(apiKey), asked);
    }

    /** A POST: the key is required. */
    Reader writer(String apiKey, String jurisdictionId) {
        Region asked = jurisdiction(jurisdictionId);
        if (apiKey == null || apiKey.isBlank()) {
            throw Open311Exception.forbidden("a valid api_key is required");
        }
        return scoped(client(apiKey), asked);
    }

    private ApiClient client(String apiKey) {
        ApiClient client =
                keys.use(apiKey).orElseThrow(() -> Open311Exception.forbidden("a valid api_key is required"));
        if (!limiter.tryAcquire("open311-key", String.valueOf(client.id()), client.perMinute(), WINDOW)) {
            throw new Open311Exception(
                    HttpStatus.TOO_MANY_REQUESTS,
                    "rate limit of " + client.perMinute() + " requests a minute for this api_key reached");
        }
        return client;
    }

    private Reader scoped(ApiClient client, Region asked) {
        Region district;
        if (asked != null) {
            if (!client.districtIds().contains(asked.getId())) {
                throw Open311Exception.forbidden("the api_key does not cover jurisdiction_id " + asked.getCode());
            }
            district = asked;
        } else if (client.districtIds().size() == 1) {
            district = regions.findById(client.districtIds().get(0))
                    .orElseThrow(() -> Open311Exception.forbidden("the api_key covers no district"));
        } else {
            throw Open311Exception.badRequest("jurisdiction_id is required: the api_key covers "
                    + client.districtIds().size() + " districts");
        }
        return new Reader(client, List.of(district.getPath()), district);
    }

    private Region jurisdiction(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        return regions.findByCode(code.trim())
                .filter(r -> r.getLevel() == RegionLevel.DISTRICT)
                .orElseThrow(() -> Open311Exception.notFound("unknown jurisdiction_id " + code.trim()));
    }
}
