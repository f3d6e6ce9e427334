package cn.xinjiuye.portal.station.internal;

import static cn.xinjiuye.portal.station.internal.StationFixtures.unique;
import static cn.xinjiuye.portal.support.PageContent.shows;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.xinjiuye.portal.common.excel.Xlsx;
import cn.xinjiuye.portal.support.IntegrationTest;
import cn.xinjiuye.portal.support.Sheets;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.ResultActions;

/** Excel: the template reads back, an import is all or nothing and names the row and column, the export follows the filters. */
@IntegrationTest
public class StationExcelIntegrationTest extends StationsInDemoCommunities {

    byte[] template() throws Exception {
        return mvc.perform(get("/stations/template.xlsx"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", Xlsx.CONTENT_TYPE))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
    }

    /** The downloaded template with its example row replaced by the given rows. */
    byte[] fileWith(List<List<Object>> rows) throws Exception {
        try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(template()));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.getSheetAt(0);
            sheet.removeRow(sheet.getRow(1));
            Sheets.write(sheet, 1, rows);
            wb.write(out);
            return out.toByteArray();
        }
    }

    static List<Object> row(String name, String community, double lat, String monday, String amenities) {
        List<Object> r = new ArrayList<>(List.of(name, "快递网点", "山南路 5 号", lat, 122.99, community));
        r.addAll(List.of(monday, "08:00-20:00", "08:00-20:00", "08:00-20:00", "08:00-20:00", "24h", "closed"));
        r.addAll(List.of(amenities, "王五", "13800002222", "开放", ""));
        return r;
    }

    ResultActions importFile(byte[] file) throws Exception {
        return mvc.perform(multipart("/stations/import")
                .file(new MockMultipartFile("file", "s.xlsx", Xlsx.CONTENT_TYPE, file))
                .with(csrf()));
    }

    int count(String prefix) {
        return jdbc.queryForObject("select count(*) from station where name like ?", Integer.class, prefix + "%");
    }

    @Test
    @WithUserDetails("shannan")
    void aGoodFileImportsEveryRow() throws Exception {
        String p = unique("导入好");
        byte[] file = fileWith(List.of(
                row(p + "1", "210302011001", 41.11, "08:00-20:00", "饮水机、充电"),
                row(p + "2", "210302011002", 41.12, "24h", "WATER,LUNCH")));
        importFile(file).andExpect(status().is3xxRedirection());
        assertThat(count(p)).isEqualTo(2);
        assertThat(jdbc.queryForObject("select amenities from station where name = ?", Integer.class, p + "2"))
                .isEqualTo(Amenity.WATER.bit() | Amenity.LUNCH.bit());
        assertThat(jdbc.queryForObject("select opening_hours from station where name = ?", String.class, p + "2"))
                .startsWith("24h,08:00-20:00");
    }

    @Test
    @WithUserDetails("shannan")
    void oneBadRowImportsNothingAndNamesTheRowAndColumn() throws Exception {
        String p = unique("导入坏");
        byte[] file = fileWith(List.of(
                row(p + "1", "210302011001", 41.11, "08:00-20:00", "饮水机"),
                row(p + "2", "210302011001", 41.11, "20:00-08:00", "饮水机"),
                row(p + "3", "210212003001", 141.0, "08:00-20:00", "喷泉")));
        importFile(file)
                .andExpect(status().isOk())
                .andExpect(shows(
                        "导入失败，未写入任何数据",
                        "第 3 行 G 列（周一）",
                        "第 4 行 D 列（纬度）",
                        "第 4 行 F 列（社区代码）：该社区不在您的管辖范围内",
                        "第 4 行 N 列（服务设施）：没有“喷泉”这项设施"));
        assertThat(count(p)).isZero();
    }

    @Test
    @WithUserDetails("shannan")
    void aRowThatClashesWithTheDatabaseRollsBackTheRowsBeforeIt() throws Exception {
        String p = unique("导入重");
        StationFixtures.station(
                jdbc, p + "旧", "210302011001", 41.11, 122.99, StationFixtures.everyDay("24h"), 1, "OPEN");
        byte[] file = fileWith(List.of(
                row(p + "新", "210302011001", 41.11, "08:00-20:00", ""),
                row(p + "旧", "210302011001", 41.11, "08:00-20:00", "")));
        importFile(file)
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("第 3 行 A 列（驿站名称）：该社区已有同名驿站")));
        assertThat(count(p)).isEqualTo(1);
    }

    @Test
    @WithUserDetails("tiedong")
    void theExportFollowsTheFiltersAndReadsBackThroughTheImporterHeaders() throws Exception {
        try (Workbook wb = Sheets.download(mvc, get("/stations/export.xlsx").param("hostType", "EXPRESS_OUTLET"))) {
            Sheet sheet = wb.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("驿站名称");
            List<String> names = new ArrayList<>();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                names.add(sheet.getRow(r).getCell(0).getStringCellValue());
                assertThat(sheet.getRow(r).getCell(1).getStringCellValue()).isEqualTo("快递网点");
            }
            assertThat(names).contains("顺丰山南营业部暖心驿站", "中通快递山南网点驿站").doesNotContain("福康早餐驿站", "旅顺邮政快递驿站");
        }
    }
}
