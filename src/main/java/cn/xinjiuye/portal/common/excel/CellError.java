package cn.xinjiuye.portal.common.excel;

import java.util.Locale;
import org.springframework.context.MessageSource;

/**
 * One problem in an uploaded workbook: the row as Excel numbers it (1 is the header), the column letter and its
 * header, and a message key with arguments for the user's language. Row 0 means the file as a whole.
 */
public record CellError(int row, String column, String header, String messageKey, Object... args) {

    public static CellError ofFile(String messageKey, Object... args) {
        return new CellError(0, "", "", messageKey, args);
    }

    public boolean concernsFile() {
        return row == 0;
    }

    /** "第 3 行 C 列（手机号）：请输入 11 位手机号码" in the user's language. */
    public String describe(MessageSource messages, Locale locale) {
        String what = messages.getMessage(messageKey, args, messageKey, locale);
        if (concernsFile()) {
            return what;
        }
        return messages.getMessage("excel.error.at", new Object[] {row, column, header, what}, locale);
    }
}
