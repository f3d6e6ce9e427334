package cn.xinjiuye.portal.support;

import java.io.ByteArrayInputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.result.MockMvcResultMatchers;

/** Test spreadsheets: cells written as a person types them, numbers as numbers, nulls left empty. */
public final class Sheets {

    private Sheets() {}

    /** The workbook a download answers (200 expected); the caller closes it. */
    public static XSSFWorkbook download(MockMvc mvc, RequestBuilder request) throws Exception {
        byte[] bytes = mvc.perform(request)
                .andExpect(MockMvcResultMatchers.status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        return new XSSFWorkbook(new ByteArrayInputStream(bytes));
    }

    /** Writes the rows into the sheet, the first of them at row index {@code firstRow}. */
    public static void write(Sheet sheet, int firstRow, List<? extends List<?>> rows) {
        for (int r = 0; r < rows.size(); r++) {
            Row row = sheet.createRow(firstRow + r);
            for (int c = 0; c < rows.get(r).size(); c++) {
                Object v = rows.get(r).get(c);
                if (v instanceof Number n) {
                    row.createCell(c).setCellValue(n.doubleValue());
                } else if (v != null) {
                    row.createCell(c).setCellValue(v.toString());
                }
            }
        }
    }
}
