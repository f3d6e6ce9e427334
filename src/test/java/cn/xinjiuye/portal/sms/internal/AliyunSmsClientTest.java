package cn.xinjiuye.portal.sms.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import cn.xinjiuye.portal.sms.internal.SmsProvider.Outcome;
import cn.xinjiuye.portal.sms.internal.SmsProvider.Status;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Aliyun SMS client against a real HTTP server (WireMock) answering as Aliyun's documentation says it does. */
class AliyunSmsClientTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2027-03-01T02:42:19Z"), ZoneOffset.UTC);

    WireMockServer aliyun;
    AliyunSmsClient client;

    @BeforeEach
    void start() {
        aliyun = new WireMockServer(options().dynamicPort());
        aliyun.start();
        client = client(Duration.ofSeconds(10));
    }

    /** A client of the test server; the timeout test gives it a short read timeout. */
    AliyunSmsClient client(Duration readTimeout) {
        return new AliyunSmsClient(
                new SmsProperties.Aliyun(
                        "http://localhost:" + aliyun.port() + "/",
                        "testId",
                        "testSecret",
                        "新就业党建",
                        null,
                        Duration.ofSeconds(2),
                        readTimeout,
                        Map.of("register-code", "SMS_100000001")),
                CLOCK);
    }

    @AfterEach
    void stop() {
        aliyun.stop();
    }

    @Test
    void theSignatureIsTheDocumentedOne() {
        // The example of Aliyun's "HTTP protocol and signature" page for SendSms, with its published result.
        Map<String, String> query = new TreeMap<>(Map.ofEntries(
                Map.entry("AccessKeyId", "testId"),
                Map.entry("Action", "SendSms"),
                Map.entry("Format", "XML"),
                Map.entry("OutId", "123"),
                Map.entry("PhoneNumbers", "15300000001"),
                Map.entry("RegionId", "cn-hangzhou"),
                Map.entry("SignName", "阿里云短信测试专用"),
                Map.entry("SignatureMethod", "HMAC-SHA1"),
                Map.entry("SignatureNonce", "45e25e9b-0a6f-4070-8c85-2956eda1b466"),
                Map.entry("SignatureVersion", "1.0"),
                Map.entry("TemplateCode", "SMS_71390007"),
                Map.entry("TemplateParam", "{\"customer\":\"test\"}"),
                Map.entry("Timestamp", "2017-07-12T02:42:19Z"),
                Map.entry("Version", "2017-05-25")));
        assertThat(AliyunSmsClient.sign("GET", query, "testSecret")).isEqualTo("zJDF+Lrzhj/ThnlvIToysFRq6t4=");
        assertThat(AliyunSmsClient.encode("a b*c~")).isEqualTo("a%20b%2Ac~");
    }

    @Test
    void successStoresTheBizIdAndTheRequestIsSigned() {
        aliyun.stubFor(
                post("/")
                        .willReturn(
                                okJson(
                                        "{\"Message\":\"OK\",\"RequestId\":\"F655A8D5\",\"Code\":\"OK\",\"BizId\":\"900619746936498440^0\"}")));

        Outcome outcome = client.sendSms("13700000088", "SMS_100000001", Map.of("code", "123456"));

        assertThat(outcome).isEqualTo(Outcome.sent("900619746936498440^0"));
        LoggedRequest request =
                aliyun.findAll(postRequestedFor(urlEqualTo("/"))).get(0);
        Map<String, String> form = form(request.getBodyAsString());
        assertThat(form)
                .containsEntry("Action", "SendSms")
                .containsEntry("Version", "2017-05-25")
                .containsEntry("PhoneNumbers", "13700000088")
                .containsEntry("SignName", "新就业党建")
                .containsEntry("TemplateCode", "SMS_100000001")
                .containsEntry("TemplateParam", "{\"code\":\"123456\"}")
                .containsEntry("Timestamp", "2027-03-01T02:42:19Z")
                .containsEntry("AccessKeyId", "testId");
        String signature = form.remove("Signature");
        assertThat(signature).isEqualTo(AliyunSmsClient.sign("POST", form, "testSecret"));
        aliyun.verify(postRequestedFor(urlEqualTo("/"))
                .withHeader("Content-Type", equalTo("application/x-www-form-urlencoded; charset=UTF-8")));
    }

    @Test
    void throttlingIsTriedAgainLater() {
        aliyun.stubFor(post("/")
                .willReturn(aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"Message\":\"触发号码天级流控Permits:10\",\"RequestId\":\"A1\","
                                + "\"Code\":\"isv.BUSINESS_LIMIT_CONTROL\"}")));

        Outcome outcome = client.sendSms("13700000088", "SMS_100000001", Map.of("code", "123456"));

        assertThat(outcome.status()).isEqualTo(Status.RETRY);
        assertThat(outcome.error()).startsWith("isv.BUSINESS_LIMIT_CONTROL");
    }

    @Test
    void anIllegalNumberIsPermanent() {
        aliyun.stubFor(
                post("/")
                        .willReturn(
                                aResponse()
                                        .withStatus(400)
                                        .withHeader("Content-Type", "application/json")
                                        .withBody(
                                                "{\"Message\":\"非法手机号\",\"RequestId\":\"A2\",\"Code\":\"isv.MOBILE_NUMBER_ILLEGAL\"}")));

        Outcome outcome = client.sendSms("10000000000", "SMS_100000001", Map.of("code", "123456"));

        assertThat(outcome.status()).isEqualTo(Status.FAILED);
        assertThat(outcome.error()).isEqualTo("isv.MOBILE_NUMBER_ILLEGAL: 非法手机号");
    }

    @Test
    void aTimeoutIsTriedAgain() {
        aliyun.stubFor(post("/")
                .willReturn(okJson("{\"Code\":\"OK\",\"BizId\":\"late\"}").withFixedDelay(8_000)));

        long started = System.nanoTime();
        Outcome outcome =
                client(Duration.ofSeconds(1)).sendSms("13700000088", "SMS_100000001", Map.of("code", "123456"));

        assertThat(outcome.status()).isEqualTo(Status.RETRY);
        assertThat(outcome.error()).startsWith("timeout");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(6_000));
    }

    @Test
    void aServerErrorIsTriedAgainAndAnUnreachableServiceStopsTheBatch() {
        aliyun.stubFor(post("/").willReturn(aResponse().withStatus(503).withBody("<html>busy</html>")));
        assertThat(client.sendSms("13700000088", "SMS_100000001", Map.of()).status())
                .isEqualTo(Status.RETRY);

        aliyun.stop();
        assertThat(client.sendSms("13700000088", "SMS_100000001", Map.of()).status())
                .isEqualTo(Status.UNREACHABLE);
    }

    @Test
    void aKindWithoutATemplateCodeFailsWithTheReason() {
        AliyunSmsProvider provider = new AliyunSmsProvider(
                client, new SmsProperties.Aliyun(null, "id", "secret", "sign", null, null, null, Map.of()));

        Outcome outcome = provider.send(new SmsProvider.Outgoing(1, "13700000088", "register-taken", Map.of(), "x"));

        assertThat(outcome.status()).isEqualTo(Status.FAILED);
        assertThat(outcome.error()).contains("portal.sms.aliyun.template-codes.register-taken");
        assertThat(aliyun.getAllServeEvents()).isEmpty();
    }

    static Map<String, String> form(String body) {
        Map<String, String> form = new TreeMap<>();
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            form.put(
                    URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return form;
    }
}
