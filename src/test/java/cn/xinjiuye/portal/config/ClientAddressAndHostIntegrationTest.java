package cn.xinjiuye.portal.config;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xinjiuye.portal.demo.DemoData;
import cn.xinjiuye.portal.support.HttpSession;
import cn.xinjiuye.portal.support.TestValues;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Against the real Tomcat (MockMvc has no RemoteIpValve and never makes a Location absolute): X-Forwarded-For is
 * believed only from portal.trusted-proxies (127.0.0.2 in the tests), and no redirect or absolute link is built from
 * the Host header. Raw sockets, because they can choose the local address and send any Host.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ClientAddressAndHostIntegrationTest {

    static final String PROXY = "127.0.0.2";
    static final String STRANGER = "127.0.0.3";
    static final Pattern COOKIE = Pattern.compile("(?im)^Set-Cookie: (SESSION=[^;]+)");

    @LocalServerPort
    int port;

    @Value("${portal.public-url}")
    String publicUrl;

    @Autowired
    JdbcTemplate jdbc;

    /** Sends one request from {@code localAddress} and returns the whole answer (head and body). */
    String send(String localAddress, String method, String path, String headers, String body) throws IOException {
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(localAddress, 0));
            socket.connect(new InetSocketAddress("127.0.0.1", port), 5000);
            socket.setSoTimeout(60_000);
            byte[] content = body.getBytes(StandardCharsets.UTF_8);
            String head = method + " " + path + " HTTP/1.1\r\n" + headers + "Connection: close\r\n"
                    + (content.length > 0
                            ? "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: " + content.length
                                    + "\r\n"
                            : "")
                    + "\r\n";
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.ISO_8859_1));
            out.write(content);
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            in.transferTo(answer);
            return answer.toString(StandardCharsets.UTF_8);
        }
    }

    static String location(String answer) {
        Matcher m = Pattern.compile("(?im)^Location: (.*)$").matcher(answer);
        return m.find() ? m.group(1).trim() : "";
    }

    static String cookie(String answer) {
        Matcher m = COOKIE.matcher(answer);
        return m.find() ? m.group(1) : "";
    }

    int trackingHits(String key) {
        return jdbc.queryForObject(
                "select coalesce(sum(hits), 0) from rate_limit_hit where bucket = 'track-address' and limit_key = ?",
                Integer.class,
                key);
    }

    /** One wrong tracking look-up from {@code peer}, with an X-Forwarded-For header naming {@code forwarded}. */
    void wrongLookUp(String peer, String forwarded) throws IOException {
        String form = send(peer, "GET", "/public/cases/track", "Host: localhost\r\n", "");
        String session = cookie(form);
        send(
                peer,
                "POST",
                "/public/cases/track",
                "Host: localhost\r\nCookie: " + session + "\r\nX-Forwarded-For: " + forwarded + "\r\n",
                "caseNo=GZ20260101000000&phoneTail=0000&_csrf=" + HttpSession.enc(HttpSession.csrfFrom(form)));
    }

    @Test
    void aForgedForwardedForFromAnUntrustedPeerIsIgnored() throws Exception {
        String forged = TestValues.address();
        int before = trackingHits(STRANGER);
        wrongLookUp(STRANGER, forged);
        assertThat(trackingHits(STRANGER)).isEqualTo(before + 1);
        assertThat(trackingHits(forged)).isZero();
    }

    @Test
    void theTrustedProxyNamesTheClient() throws Exception {
        String client = TestValues.address();
        int before = trackingHits(PROXY);
        wrongLookUp(PROXY, client);
        assertThat(trackingHits(client)).isEqualTo(1);
        assertThat(trackingHits(PROXY)).isEqualTo(before);
    }

    @Test
    void aProtectedPageRedirectsToTheSignInPathWhateverTheHost() throws Exception {
        String answer = send(STRANGER, "GET", "/regions", "Host: evil.example\r\n", "");
        assertThat(answer).startsWith("HTTP/1.1 302");
        assertThat(location(answer)).isEqualTo("/login").doesNotContain("evil.example");
    }

    @Test
    void afterSigningInTheSavedPageIsAPathNotTheHostOfTheRequest() throws Exception {
        String host = "Host: evil.example\r\n";
        String saved = send(STRANGER, "GET", "/regions", host, "");
        String session = cookie(saved);
        String form = send(STRANGER, "GET", "/login", host + "Cookie: " + session + "\r\n", "");
        String signedIn = send(
                STRANGER,
                "POST",
                "/login",
                host + "Cookie: " + session + "\r\n",
                "username=tiedong&password=" + DemoData.PASSWORD + "&_csrf="
                        + HttpSession.enc(HttpSession.csrfFrom(form)));
        assertThat(location(signedIn)).startsWith("/regions").doesNotContain("evil.example");
    }

    @Test
    void open311DiscoveryLinksToThePublicUrl() throws Exception {
        String answer = send(STRANGER, "GET", "/open311/v2/discovery.json", "Host: evil.example\r\n", "");
        assertThat(answer).contains("\"url\":\"" + publicUrl + "/open311/v2/\"").doesNotContain("evil.example");
    }
}
