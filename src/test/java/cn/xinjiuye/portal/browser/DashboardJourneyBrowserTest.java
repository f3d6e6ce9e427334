package cn.xinjiuye.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xinjiuye.portal.demo.DemoData;
import cn.xinjiuye.portal.support.BrowserTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The district's staff open the dashboard, drill into a street and export a table: the file matches the page. */
class DashboardJourneyBrowserTest extends BrowserTest {

    @Test
    void orgStaffDrillsIntoAStreetAndExportsTheSameNumbers() throws Exception {
        signIn("tiedong", DemoData.PASSWORD);
        waitFor(By.id("welcome"));
        open("/dashboard");
        assertThat(waitFor(By.id("dashboard-region")).getText()).isEqualTo("铁东区");
        // Charts are drawn by ECharts from the JSON endpoint.
        waitFor(By.id("chart-cases-by-month"));

        browser.findElement(By.linkText("山南街道")).click();
        wait.until(d -> d.findElement(By.id("dashboard-region")).getText().equals("山南街道"));
        assertThat(browser.findElement(By.id("dashboard-lineage")).getText()).contains("铁东区");

        String section = "cases";
        List<List<String>> page = new ArrayList<>();
        for (WebElement tr : browser.findElements(
                By.cssSelector("#table-" + section + " tbody tr, #table-" + section + " tfoot tr"))) {
            List<String> cells = new ArrayList<>();
            tr.findElements(By.tagName("td"))
                    .forEach(td -> cells.add(td.getText().trim()));
            page.add(cells);
        }
        assertThat(page).isNotEmpty();
        assertThat(page.get(page.size() - 1).get(0)).isEqualTo("合计");

        Path downloads = allowDownloads();
        browser.findElement(By.id("export-" + section)).click();
        Path file = waitForDownload(downloads);
        assertThat(file.getFileName().toString()).endsWith(".xlsx");

        List<List<String>> sheetRows = new ArrayList<>();
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(file))) {
            Sheet sheet = wb.getSheetAt(0);
            DataFormatter formatter = new DataFormatter();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < row.getLastCellNum(); c++) {
                    cells.add(
                            c == 0
                                    ? formatter.formatCellValue(row.getCell(c))
                                    : new java.math.BigDecimal(String.valueOf(
                                                    row.getCell(c).getNumericCellValue()))
                                            .stripTrailingZeros()
                                            .toPlainString());
                }
                sheetRows.add(cells);
            }
        }
        List<List<String>> pageNormalized = page.stream()
                .map(cells -> {
                    List<String> out = new ArrayList<>();
                    for (int i = 0; i < cells.size(); i++) {
                        out.add(
                                i == 0
                                        ? cells.get(i)
                                        : new java.math.BigDecimal(cells.get(i))
                                                .stripTrailingZeros()
                                                .toPlainString());
                    }
                    return out;
                })
                .toList();
        assertThat(sheetRows).isEqualTo(pageNormalized);
    }
}
