package cn.xinjiuye.portal.common.excel;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xinjiuye.portal.support.Sheets;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

class XlsxTest {

    record Person(String name, Integer age, LocalDate joined, String kind) {}

    static final List<String> HEADERS = List.of("姓名", "年龄", "入职日期", "类别");

    static Person map(RowReader r) {
        return new Person(
                r.requiredText(0, 4),
                r.integer(1, true, 16, 70),
                r.date(2, false),
                r.choice(3, true, Map.of("快递员", "COURIER", "COURIER", "COURIER")));
    }

    static byte[] workbook(Object[]... rows) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheets.write(
                    wb.createSheet("s"),
                    0,
                    Arrays.stream(rows).map(Arrays::asList).toList());
            wb.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void goodRowsAreParsedWithTheirRowNumbersAndBlankRowsSkipped() throws IOException {
        byte[] file = workbook(
                HEADERS.toArray(), new Object[] {"王师傅", 35, "2024-03-01", "快递员"}, new Object[] {}, new Object[] {
                    "李", 22, "2025/1/2", "COURIER"
                });
        ImportResult<Person> result = Xlsx.read(new ByteArrayInputStream(file), List.of(HEADERS), XlsxTest::map);
        assertThat(result.ok()).isTrue();
        assertThat(result.rows()).extracting(ImportResult.ParsedRow::rowNumber).containsExactly(2, 4);
        assertThat(result.rows().get(0).value()).isEqualTo(new Person("王师傅", 35, LocalDate.of(2024, 3, 1), "COURIER"));
        assertThat(result.rows().get(1).value().joined()).isEqualTo(LocalDate.of(2025, 1, 2));
    }

    @Test
    void everyBadCellIsNamedByRowAndColumn() throws IOException {
        byte[] file = workbook(
                HEADERS.toArray(),
                new Object[] {"王师傅", 35, null, "快递员"},
                new Object[] {"", 12.5, "昨天", "厨师"},
                new Object[] {"名字太长了啊", 40, null, "快递员"});
        ImportResult<Person> result = Xlsx.read(new ByteArrayInputStream(file), List.of(HEADERS), XlsxTest::map);
        assertThat(result.ok()).isFalse();
        assertThat(result.errors())
                .extracting(e -> e.row() + e.column() + ":" + e.messageKey())
                .containsExactly(
                        "3A:excel.error.required",
                        "3B:excel.error.integerRange",
                        "3C:excel.error.date",
                        "3D:excel.error.choice",
                        "4A:excel.error.tooLong");
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("i18n/messages");
        messages.setDefaultEncoding(StandardCharsets.UTF_8.name());
        messages.setFallbackToSystemLocale(false);
        assertThat(result.errors().get(0).describe(messages, Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("第 3 行 A 列（姓名）：必填");
        assertThat(result.errors().get(4).describe(messages, Locale.ENGLISH))
                .isEqualTo("Row 4, column A (姓名): at most 4 characters");
    }

    @Test
    void aWrongHeaderOrAFileThatIsNotAWorkbookIsOneFileError() throws IOException {
        byte[] wrongHeader = workbook(new Object[] {"名字", "年龄"}, new Object[] {"王", 30});
        assertThat(Xlsx.read(new ByteArrayInputStream(wrongHeader), List.of(HEADERS), XlsxTest::map)
                        .errors())
                .extracting(CellError::messageKey)
                .containsExactly("excel.error.header");
        byte[] notExcel = "name,age\n王,30".getBytes(StandardCharsets.UTF_8);
        assertThat(Xlsx.read(new ByteArrayInputStream(notExcel), List.of(HEADERS), XlsxTest::map)
                        .errors())
                .extracting(CellError::messageKey)
                .containsExactly("excel.error.notXlsx");
        byte[] onlyHeader = workbook(HEADERS.toArray());
        assertThat(Xlsx.read(new ByteArrayInputStream(onlyHeader), List.of(HEADERS), XlsxTest::map)
                        .errors())
                .extracting(CellError::messageKey)
                .containsExactly("excel.error.empty");
    }

    @Test
    void anExportReadsBackThroughTheImporter() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Xlsx.write(out, "人员", HEADERS, Stream.of(List.of("赵", 30, LocalDate.of(2023, 5, 6), "快递员")));
        ImportResult<Person> result =
                Xlsx.read(new ByteArrayInputStream(out.toByteArray()), List.of(HEADERS), XlsxTest::map);
        assertThat(result.rows())
                .extracting(ImportResult.ParsedRow::value)
                .containsExactly(new Person("赵", 30, LocalDate.of(2023, 5, 6), "COURIER"));
    }
}
