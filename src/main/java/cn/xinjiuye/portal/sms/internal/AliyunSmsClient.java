package cn.xinjiuye.portal.sms.internal;

import cn.xinjiuye.portal.sms.internal.SmsProvider.Outcome;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Aliyun SMS's SendSms over its documented HTTP API (RPC style, signature version 1.0, HMAC-SHA1), with the JDK's
 * HTTP client: no SDK needed. Aliyun answers {@code Code=OK} with a {@code BizId}, or an error code; throttling and
 * the service's own errors are passing, everything else (a bad number, template, signature or key) is permanent.
 */
public class AliyunSmsClient {

    /** Error codes worth another try later: limits per number and per time, the service being unwell. */
    static final Set<String> PASSING = Set.of(
            "isv.BUSINESS_LIMIT_CONTROL",
            "isv.DAY_LIMIT_CONTROL",
            "isp.SYSTEM_ERROR",
            "isv.AMOUNT_NOT_ENOUGH",
            "Throttling",
            "Throttling.User",
            "Throttling.Api",
            "ServiceUnavailable",
            "InternalError");

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final DateTimeFormatter TIMESTAMP =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'").withZone(ZoneOffset.UTC);

    private final SmsProperties.Aliyun settings;
    private final Clock clock;
    private final HttpClient http;

    public AliyunSmsClient(SmsProperties.Aliyun settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
        this.http = HttpClient.newBuilder()
                .connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** Sends one message of the registered template {@code templateCode} to {@code phone}. */
    public Outcome sendSms(String phone, String templateCode, Map<String, String> params) {
        Map<String, String> query = new TreeMap<>();
        query.put("AccessKeyId", settings.accessKeyId());
        query.put("Action", "SendSms");
        query.put("Format", "JSON");
        query.put("PhoneNumbers", phone);
        query.put("RegionId", settings.regionId());
        query.put("SignName", settings.signName());
        query.put("SignatureMethod", "HMAC-SHA1");
        query.put("SignatureNonce", UUID.randomUUID().toString());
        query.put("SignatureVersion", "1.0");
        query.put("TemplateCode", templateCode);
        query.put("TemplateParam", JSON.writeValueAsString(new TreeMap<>(params)));
        query.put("Timestamp", TIMESTAMP.format(clock.instant().truncatedTo(ChronoUnit.SECONDS)));
        query.put("Version", "2017-05-25");
        String body = "Signature=" + encode(sign("POST", query, settings.accessKeySecret())) + "&" + canonical(query);
        HttpRequest request = HttpRequest.newBuilder(URI.create(settings.endpoint()))
                .timeout(settings.readTimeout())
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return outcome(response.statusCode(), response.body());
        } catch (HttpTimeoutException e) {
            return Outcome.retry("timeout: " + e.getMessage());
        } catch (IOException e) {
            return Outcome.unreachable("unreachable: " + e.getClass().getSimpleName() + " " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Outcome.retry("interrupted");
        }
    }

    static Outcome outcome(int status, String body) {
        JsonNode json;
        try {
            json = JSON.readTree(body == null ? "" : body);
        } catch (RuntimeException e) {
            json = null;
        }
        String code = json == null ? "" : json.path("Code").asString("");
        String message = json == null ? "" : json.path("Message").asString("");
        if (status == 200 && "OK".equals(code)) {
            return Outcome.sent(json.path("BizId").asString(""));
        }
        String error = (code.isEmpty() ? "HTTP " + status : code + ": " + message).trim();
        if (status >= 500 || code.isEmpty() || PASSING.contains(code)) {
            return Outcome.retry(error);
        }
        return Outcome.failed(error);
    }

    /** The signature of version 1.0: HMAC-SHA1 over "METHOD&%2F&" + the encoded canonical query, key secret + "&". */
    static String sign(String method, Map<String, String> query, String secret) {
        String stringToSign = method + "&" + encode("/") + "&" + encode(canonical(query));
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec((secret + "&").getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            return Base64.getEncoder().encodeToString(mac.doFinal(stringToSign.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA1 is missing from this JVM", e);
        }
    }

    /** The parameters sorted by name, each name and value encoded, joined by "&". */
    static String canonical(Map<String, String> query) {
        return new TreeMap<>(query)
                .entrySet().stream()
                        .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                        .collect(Collectors.joining("&"));
    }

    /** Aliyun's percent-encoding (RFC 3986): space as %20, '*' encoded, '~' kept. */
    static String encode(String value) {
        return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8)
                .replace("+", "%20")
                .replace("*", "%2A")
                .replace("%7E", "~");
    }
}
