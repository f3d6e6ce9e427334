package cn.xinjiuye.portal.common.excel;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Excel (.xlsx) templates, exports and all-or-nothing imports, on Apache POI. A feature gives its headers (already
 * in the user's language) and a mapper from a {@link RowReader} to its own row record; it writes the rows only when
 * {@link ImportResult#ok()}.
 */
public final class Xlsx {

    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    /** More rows than this in one upload are refused as a whole: imports are for a district's records, not dumps. */
    public static final int MAX_ROWS = 20_000;

    static {
        // Guard against zip bombs in uploads.
        ZipSecureFile.setMinInflateRatio(0.005);
    }

    private Xlsx() {}

    /** Writes a sheet with a bold header row and the given rows, streaming so large exports stay small in memory. */
    public static void write(OutputStream out, String sheetName, List<String> headers, Stream<? extends List<?>> rows)
            throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            Sheet sheet = workbook.createSheet(sheetName);
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            Row header = sheet.createRow(0);
            for (int c = 0; c < headers.size(); c++) {
                Cell cell = header.createCell(c);
                cell.setCellValue(headers.get(c));
                cell.setCellStyle(bold);
                sheet.setColumnWidth(c, Math.max(10, headers.get(c).length() * 2 + 4) * 256);
            }
            int[] next = {1};
            rows.forEach(values -> {
                Row row = sheet.createRow(next[0]++);
                for (int c = 0; c < values.size(); c++) {
                    setCell(row.createCell(c), values.get(c), date);
                }
            });
            sheet.createFreezePane(0, 1);
            workbook.write(out);
        }
    }

    /** A template: the header row and, to show the expected formats, one example row. */
    public static void template(OutputStream out, String sheetName, List<String> headers, List<?> example)
            throws IOException {
        write(out, sheetName, headers, example == null ? Stream.empty() : Stream.of(example));
    }

    /**
     * Reads the first sheet: the header row must name the expected columns in order (in either language), blank
     * rows are skipped, and every other row goes through the mapper, which reads cells with the {@link RowReader}.
     */
    public static <T> ImportResult<T> read(
            InputStream in, List<List<String>> acceptedHeaders, Function<RowReader, T> mapper) {
        List<CellError> errors = new ArrayList<>();
        List<ImportResult.ParsedRow<T>> parsed = new ArrayList<>();
        Workbook workbook;
        try {
            workbook = WorkbookFactory.create(in);
        } catch (IOException | RuntimeException e) {
            return new ImportResult<>(List.of(), List.of(CellError.ofFile("excel.error.notXlsx")));
        }
        try (workbook) {
            if (workbook.getNumberOfSheets() == 0) {
                return new ImportResult<>(List.of(), List.of(CellError.ofFile("excel.error.empty")));
            }
            Sheet sheet = workbook.getSheetAt(0);
            Row header = sheet.getRow(sheet.getFirstRowNum());
            List<String> headers = header == null
                    ? List.of()
                    : headerTexts(header, acceptedHeaders.get(0).size());
            if (acceptedHeaders.stream().noneMatch(headers::equals)) {
                return new ImportResult<>(
                        List.of(),
                        List.of(CellError.ofFile("excel.error.header", String.join("、", acceptedHeaders.get(0)))));
            }
            if (sheet.getLastRowNum() > MAX_ROWS) {
                return new ImportResult<>(List.of(), List.of(CellError.ofFile("excel.error.tooManyRows", MAX_ROWS)));
            }
            for (int r = header.getRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row == null) {
                    continue;
                }
                RowReader reader = new RowReader(row, headers, errors);
                if (reader.isBlank()) {
                    continue;
                }
                int before = errors.size();
                T value = mapper.apply(reader);
                if (errors.size() == before && value != null) {
                    parsed.add(new ImportResult.ParsedRow<>(reader.rowNumber(), value));
                }
            }
            if (parsed.isEmpty() && errors.isEmpty()) {
                errors.add(CellError.ofFile("excel.error.empty"));
            }
        } catch (IOException e) {
            return new ImportResult<>(List.of(), List.of(CellError.ofFile("excel.error.notXlsx")));
        }
        return new ImportResult<>(parsed, errors);
    }

    private static List<String> headerTexts(Row header, int count) {
        List<String> texts = new ArrayList<>();
        RowReader reader = new RowReader(header, List.of(), new ArrayList<>());
        for (int c = 0; c < count; c++) {
            String text = reader.text(c);
            texts.add(text == null ? "" : text);
        }
        return texts;
    }

    private static void setCell(Cell cell, Object value, CellStyle dateStyle) {
        if (value == null) {
            cell.setBlank();
        } else if (value instanceof Number n) {
            cell.setCellValue(n.doubleValue());
        } else if (value instanceof Boolean b) {
            cell.setCellValue(b ? "是" : "否");
        } else if (value instanceof LocalDate d) {
            cell.setCellValue(d);
            cell.setCellStyle(dateStyle);
        } else if (value instanceof LocalDateTime t) {
            cell.setCellValue(t.toString().replace('T', ' '));
        } else if (value instanceof TemporalAccessor t) {
            cell.setCellValue(t.toString());
        } else {
            cell.setCellValue(value.toString());
        }
    }
}
