package cn.xinjiuye.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xinjiuye.portal.demo.DemoData;
import cn.xinjiuye.portal.support.BrowserTest;
import cn.xinjiuye.portal.support.TestValues;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * An administrator issues an Open311 key for a city system (the secret shown once), the system files a request with
 * it, the community secretary redacts the text and publishes the case, and a reader without a key sees only that
 * text; the administrator revokes the key and the system is refused.
 */
class Open311BrowserTest extends BrowserTest {

    final HttpClient http = HttpClient.newHttpClient();

    HttpResponse<String> call(String method, String path, String form) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/open311/v2/" + path));
        b = form == null
                ? b.GET()
                : b.header("Content-Type", "application/x-www-form-urlencoded")
                        .method(method, HttpRequest.BodyPublishers.ofString(form));
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    void click(By by) {
        var element = wait.until(ExpectedConditions.elementToBeClickable(by));
        browser.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element);
        wait.until(ExpectedConditions.elementToBeClickable(element)).click();
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void aKeyIsIssuedUsedRedactedPublishedAndRevoked() throws Exception {
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
        signIn("admin", DemoData.PASSWORD);
        waitFor(By.id("welcome"));
        open("/admin/governance");
        waitFor(By.id("keys-link")).click();
        String client = TestValues.name("城市运行中心 ");
        waitFor(By.id("key-name")).sendKeys(client);
        new Select(browser.findElement(By.id("key-districts"))).selectByVisibleText("铁东区");
        click(By.id("issue-key"));
        String secret = waitFor(By.id("issued-secret")).getText();
        assertThat(secret).startsWith("o311_");
        open("/admin/governance/keys");
        assertThat(waitFor(By.id("key-table")).getText()).contains(client);
        assertThat(browser.getPageSource()).doesNotContain(secret);

        String definition =
                call("GET", "services/FIRE_SAFETY.json?api_key=" + secret, null).body();
        String fukang = definition.replaceAll(".*\"key\":\"(\\d+)\",\"name\":\"福康社区\".*", "$1");
        String description = TestValues.name("消防通道堵塞，联系人13812345678 ");
        HttpResponse<String> created = call(
                "POST",
                "requests.xml",
                "api_key=" + secret + "&service_code=FIRE_SAFETY&lat=41.11&long=122.99&description=" + enc(description)
                        + "&attribute%5Bcommunity%5D=" + fukang);
        assertThat(created.statusCode()).isEqualTo(200);
        assertThat(created.headers().firstValue("Content-Type")).hasValue("text/xml;charset=utf-8");
        String caseNo = created.body().replaceAll("(?s).*<service_request_id>([^<]+)</service_request_id>.*", "$1");
        assertThat(call("GET", "requests/" + caseNo + ".json", null).statusCode())
                .isEqualTo(404);

        browser.manage().deleteAllCookies();
        signIn("fukang", DemoData.PASSWORD);
        waitFor(By.id("welcome"));
        open("/cases?caseNo=" + caseNo);
        waitFor(By.linkText(caseNo)).click();
        click(By.id("public-yes"));
        browser.findElement(By.id("public-text")).clear();
        browser.findElement(By.id("public-text")).sendKeys("消防通道堵塞");
        click(By.id("publish"));
        waitFor(By.id("flash-success"));
        assertThat(call("GET", "requests/" + caseNo + ".json", null).body())
                .contains("\"description\":\"消防通道堵塞\"")
                .doesNotContain("13812345678");

        browser.manage().deleteAllCookies();
        signIn("admin", DemoData.PASSWORD);
        waitFor(By.id("welcome"));
        open("/admin/governance/keys");
        browser.executeScript("window.confirm = function () { return true; };");
        click(By.xpath("//tr[td[text()='" + client + "']]//button"));
        waitFor(By.id("flash-success"));
        HttpResponse<String> refused = call("GET", "requests.xml?api_key=" + secret, null);
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("<errors><error><code>403</code>");
    }
}
