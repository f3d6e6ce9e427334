package cn.xinjiuye.portal.common.excel;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellReference;

/**
 * Reads the cells of one data row by column index, converting and checking them. Every problem is recorded with
 * its row and column; the getters then return null so the mapper can go on and report all errors at once.
 */
public final class RowReader {

    private static final DataFormatter FORMATTER = new DataFormatter();
    private static final List<DateTimeFormatter> DATE_FORMATS = List.of(
            DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ofPattern("yyyy/M/d"),
            DateTimeFormatter.ofPattern("yyyy.M.d"),
            DateTimeFormatter.ofPattern("yyyy年M月d日"));

    private final Row row;
    private final int rowNumber;
    private final List<String> headers;
    private final List<CellError> errors;

    RowReader(Row row, List<String> headers, List<CellError> errors) {
        this.row = row;
        this.rowNumber = row.getRowNum() + 1;
        this.headers = headers;
        this.errors = errors;
    }

    public int rowNumber() {
        return rowNumber;
    }

    /** The cell as text, trimmed; null when empty. */
    public String text(int col) {
        Cell cell = row.getCell(col);
        if (cell == null) {
            return null;
        }
        String value = cell.getCellType() == CellType.FORMULA
                ? FORMATTER.formatCellValue(cell, null)
                : FORMATTER.formatCellValue(cell);
        value = value.trim();
        return value.isEmpty() ? null : value;
    }

    public String requiredText(int col, int maxLength) {
        String value = text(col);
        if (value == null) {
            error(col, "excel.error.required");
            return null;
        }
        return checkLength(col, value, maxLength);
    }

    public String optionalText(int col, int maxLength) {
        String value = text(col);
        return value == null ? null : checkLength(col, value, maxLength);
    }

    /** Text that must match a pattern (a phone number, a code); null when empty and not required. */
    public String matching(int col, String regex, boolean required, String messageKey) {
        String value = required ? requiredText(col, 200) : optionalText(col, 200);
        if (value != null && !value.matches(regex)) {
            error(col, messageKey);
            return null;
        }
        return value;
    }

    public Integer integer(int col, boolean required, int min, int max) {
        BigDecimal value = number(col, required);
        if (value == null) {
            return null;
        }
        if (value.stripTrailingZeros().scale() > 0
                || value.compareTo(BigDecimal.valueOf(min)) < 0
                || value.compareTo(BigDecimal.valueOf(max)) > 0) {
            error(col, "excel.error.integerRange", min, max);
            return null;
        }
        return value.intValueExact();
    }

    public BigDecimal decimal(int col, boolean required, BigDecimal min, BigDecimal max) {
        BigDecimal value = number(col, required);
        if (value != null && (value.compareTo(min) < 0 || value.compareTo(max) > 0)) {
            error(col, "excel.error.numberRange", min.toPlainString(), max.toPlainString());
            return null;
        }
        return value;
    }

    public LocalDate date(int col, boolean required) {
        Cell cell = row.getCell(col);
        if (cell != null && cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            return cell.getLocalDateTimeCellValue().toLocalDate();
        }
        String value = text(col);
        if (value == null) {
            if (required) {
                error(col, "excel.error.required");
            }
            return null;
        }
        for (DateTimeFormatter format : DATE_FORMATS) {
            try {
                return LocalDate.parse(value, format);
            } catch (DateTimeParseException next) {
                // try the next format
            }
        }
        error(col, "excel.error.date");
        return null;
    }

    /**
     * One of a fixed list, typed as its label in either language or as its code: {@code choices} maps every
     * accepted spelling to the value.
     */
    public <E> E choice(int col, boolean required, Map<String, E> choices) {
        String value = required ? requiredText(col, 100) : optionalText(col, 100);
        if (value == null) {
            return null;
        }
        E chosen = choices.get(value);
        if (chosen == null) {
            error(
                    col,
                    "excel.error.choice",
                    String.join("、", choices.keySet().stream().limit(12).toList()));
        }
        return chosen;
    }

    public boolean yesNo(int col) {
        String value = text(col);
        return value != null
                && (value.equals("是")
                        || value.equalsIgnoreCase("yes")
                        || value.equalsIgnoreCase("y")
                        || value.equals("1")
                        || value.equalsIgnoreCase("true"));
    }

    /** Records a rule broken by this row's cell (a duplicate, an unknown region code): the mapper's own checks. */
    public void error(int col, String messageKey, Object... args) {
        String header = col < headers.size() ? headers.get(col) : "";
        errors.add(new CellError(rowNumber, CellReference.convertNumToColString(col), header, messageKey, args));
    }

    public boolean isBlank() {
        for (int c = 0; c < headers.size(); c++) {
            if (text(c) != null) {
                return false;
            }
        }
        return true;
    }

    private BigDecimal number(int col, boolean required) {
        Cell cell = row.getCell(col);
        if (cell != null && cell.getCellType() == CellType.NUMERIC) {
            return BigDecimal.valueOf(cell.getNumericCellValue());
        }
        String value = text(col);
        if (value == null) {
            if (required) {
                error(col, "excel.error.required");
            }
            return null;
        }
        try {
            return new BigDecimal(value.replace(",", ""));
        } catch (NumberFormatException e) {
            error(col, "excel.error.number");
            return null;
        }
    }

    private String checkLength(int col, String value, int maxLength) {
        if (value.length() > maxLength) {
            error(col, "excel.error.tooLong", maxLength);
            return null;
        }
        return value;
    }
}
