package cn.xinjiuye.portal.governance.internal;

import cn.xinjiuye.portal.common.excel.CellError;
import cn.xinjiuye.portal.common.excel.ImportResult;
import cn.xinjiuye.portal.common.excel.RowReader;
import cn.xinjiuye.portal.common.excel.Xlsx;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reading a year's holiday arrangement (节假日安排) from the .xlsx template or from the JSON commonly published for
 * the State Council's notice: a list of {@code {date, name, isOffDay}}, bare or as the {@code days} of an object.
 * Every row is checked, then the rows together (one year, no day twice, no day both rest and work); any error
 * refuses the whole file. Rows are numbered as the user sees them: Excel rows (the header is 1), JSON entries from 1.
 */
public final class CalendarImport {

    /** One day of an arrangement: a day off (休, on a weekday or weekend) or a make-up working day (班). */
    public record ImportDay(LocalDate day, String name, boolean offDay) {

        public String kind() {
            return offDay ? "HOLIDAY" : "WORKDAY";
        }
    }

    /** What a file gave: its days (row number → day) and the errors, of which there must be none. */
    record Parsed(Integer year, List<ImportResult.ParsedRow<ImportDay>> rows, List<CellError> errors) {

        boolean ok() {
            return errors.isEmpty() && !rows.isEmpty();
        }

        List<ImportDay> days() {
            return rows.stream().map(ImportResult.ParsedRow::value).toList();
        }
    }

    static final List<String> HEADERS_ZH = List.of("日期", "名称", "放假或上班");
    static final List<String> HEADERS_EN = List.of("Date", "Name", "Day off or work");
    static final Map<String, Boolean> OFF_OR_WORK = Map.of(
            "放假", true, "休", true, "是", true, "true", true, "off", true, "上班", false, "班", false, "否", false, "false",
            false, "work", false);
    static final int MIN_YEAR = 2000;
    static final int MAX_YEAR = 2100;
    /** The range as text for the messages (a number would be written "2,000"). */
    private static final Object[] YEARS = {String.valueOf(MIN_YEAR), String.valueOf(MAX_YEAR)};

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private CalendarImport() {}

    static void template(OutputStream out, boolean english) throws IOException {
        Xlsx.template(
                out,
                english ? "Holidays" : "节假日安排",
                english ? HEADERS_EN : HEADERS_ZH,
                List.of(LocalDate.of(2026, 10, 1), "国庆节", english ? "off" : "放假"));
    }

    static Parsed xlsx(InputStream in) {
        ImportResult<ImportDay> read = Xlsx.read(in, List.of(HEADERS_ZH, HEADERS_EN), CalendarImport::row);
        return together(read.rows(), new ArrayList<>(read.errors()), "A", "C");
    }

    private static ImportDay row(RowReader r) {
        LocalDate day = r.date(0, true);
        String name = r.requiredText(1, 40);
        Boolean off = r.choice(2, true, OFF_OR_WORK);
        if (day != null && (day.getYear() < MIN_YEAR || day.getYear() > MAX_YEAR)) {
            r.error(0, "calendar.import.error.range", YEARS);
            return null;
        }
        return day == null || name == null || off == null ? null : new ImportDay(day, name, off);
    }

    static Parsed json(byte[] content) {
        Object root;
        try {
            root = JSON.readValue(content, Object.class);
        } catch (JacksonException e) {
            return new Parsed(null, List.of(), List.of(CellError.ofFile("calendar.import.error.json")));
        }
        if (root instanceof Map<?, ?> m && m.get("days") instanceof List<?> days) {
            root = days;
        }
        if (!(root instanceof List<?> entries)) {
            return new Parsed(null, List.of(), List.of(CellError.ofFile("calendar.import.error.json")));
        }
        List<CellError> errors = new ArrayList<>();
        List<ImportResult.ParsedRow<ImportDay>> rows = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            int row = i + 1;
            if (!(entries.get(i) instanceof Map<?, ?> e)) {
                errors.add(new CellError(row, "", "", "calendar.import.error.entry"));
                continue;
            }
            int before = errors.size();
            LocalDate day = jsonDate(e.get("date"), row, errors);
            String name = e.get("name") instanceof String s && !s.isBlank() ? s.trim() : null;
            if (name == null || name.length() > 40) {
                errors.add(new CellError(
                        row, "name", "name", name == null ? "excel.error.required" : "excel.error.tooLong", 40));
            }
            Object off = e.get("isOffDay");
            if (!(off instanceof Boolean)) {
                errors.add(new CellError(row, "isOffDay", "isOffDay", "calendar.import.error.boolean"));
            }
            if (errors.size() == before) {
                rows.add(new ImportResult.ParsedRow<>(row, new ImportDay(day, name, (Boolean) off)));
            }
        }
        return together(rows, errors, "date", "isOffDay");
    }

    private static LocalDate jsonDate(Object value, int row, List<CellError> errors) {
        if (!(value instanceof String text)) {
            errors.add(new CellError(row, "date", "date", "excel.error.required"));
            return null;
        }
        try {
            LocalDate day = LocalDate.parse(text.trim());
            if (day.getYear() < MIN_YEAR || day.getYear() > MAX_YEAR) {
                errors.add(new CellError(row, "date", "date", "calendar.import.error.range", YEARS));
                return null;
            }
            return day;
        } catch (DateTimeParseException e) {
            errors.add(new CellError(row, "date", "date", "excel.error.date"));
            return null;
        }
    }

    /** The checks across rows: one year (the first row's), no day twice, no day marked both rest and work. */
    private static Parsed together(
            List<ImportResult.ParsedRow<ImportDay>> rows, List<CellError> errors, String dateCol, String kindCol) {
        Integer year = rows.isEmpty() ? null : rows.get(0).value().day().getYear();
        Map<LocalDate, ImportResult.ParsedRow<ImportDay>> seen = new HashMap<>();
        for (ImportResult.ParsedRow<ImportDay> r : rows) {
            ImportDay d = r.value();
            if (d.day().getYear() != year) {
                errors.add(new CellError(
                        r.rowNumber(), dateCol, dateCol, "calendar.import.error.otherYear", String.valueOf(year)));
                continue;
            }
            ImportResult.ParsedRow<ImportDay> earlier = seen.putIfAbsent(d.day(), r);
            if (earlier != null && earlier.value().offDay() != d.offDay()) {
                errors.add(new CellError(
                        r.rowNumber(), kindCol, kindCol, "calendar.import.error.bothWays", earlier.rowNumber()));
            } else if (earlier != null) {
                errors.add(new CellError(
                        r.rowNumber(), dateCol, dateCol, "calendar.import.error.duplicate", earlier.rowNumber()));
            }
        }
        if (rows.isEmpty() && errors.isEmpty()) {
            errors.add(CellError.ofFile("excel.error.empty"));
        }
        errors.sort(java.util.Comparator.comparingInt(CellError::row));
        return new Parsed(year, rows, errors);
    }

    /** The days as the JSON this class reads, carried by the preview's confirm form. */
    static String toJson(List<ImportDay> days) {
        List<Map<String, Object>> entries = new ArrayList<>();
        for (ImportDay d : days) {
            entries.add(Map.of("date", d.day().toString(), "name", d.name(), "isOffDay", d.offDay()));
        }
        return JSON.writeValueAsString(entries);
    }
}
