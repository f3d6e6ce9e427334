package cn.xinjiuye.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xinjiuye.portal.demo.DemoData;
import cn.xinjiuye.portal.support.BrowserTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * An administrator downloads the holiday template, uploads a JSON arrangement with a bad row (refused, the row and
 * field named), then a good one, reads the preview and confirms it; the calendar page shows the year's days.
 */
class CalendarImportBrowserTest extends BrowserTest {

    @Test
    void anAdministratorImportsAYearWithAPreview() throws Exception {
        signIn("admin", DemoData.PASSWORD);
        waitFor(By.id("welcome"));
        Path downloads = allowDownloads();
        open("/admin/governance?year=2093");
        waitFor(By.id("import-template")).click();
        try (Workbook template =
                WorkbookFactory.create(waitForDownload(downloads).toFile())) {
            assertThat(template.getSheetAt(0).getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("日期");
        }

        upload("[{\"date\": \"2093-01-01\", \"name\": \"元旦\", \"isOffDay\": true},"
                + " {\"date\": \"2093-01-01\", \"name\": \"元旦\", \"isOffDay\": false}]");
        assertThat(waitFor(By.id("import-errors")).getText())
                .contains("第 2 行 isOffDay 列")
                .contains("既放假又上班");
        assertThat(browser.findElements(By.id("confirm-form"))).isEmpty();

        open("/admin/governance?year=2093");
        upload("[{\"date\": \"2093-01-01\", \"name\": \"元旦\", \"isOffDay\": true},"
                + " {\"date\": \"2093-01-02\", \"name\": \"元旦\", \"isOffDay\": true},"
                + " {\"date\": \"2093-01-04\", \"name\": \"元旦调休\", \"isOffDay\": false}]");
        assertThat(waitFor(By.id("preview-summary")).getText()).startsWith("2093 年：3 天");
        assertThat(browser.findElement(By.id("preview-table")).getText())
                .contains("2093-01-02")
                .contains("元旦调休");
        browser.findElement(By.id("import-confirm")).click();

        assertThat(waitFor(By.id("flash-success")).getText()).contains("节假日安排已导入");
        assertThat(browser.findElement(By.id("holiday-table")).getText())
                .contains("2093-01-01")
                .contains("2093-01-04");
        assertThat(browser.findElements(By.id("year-provisional"))).isEmpty();
    }

    private void upload(String json) throws Exception {
        Path file = Files.createTempFile("arrangement", ".json");
        Files.writeString(file, json, StandardCharsets.UTF_8);
        waitFor(By.id("import-form"));
        browser.findElement(By.id("import-file")).sendKeys(file.toString());
        browser.findElement(By.id("import-preview")).click();
    }
}
