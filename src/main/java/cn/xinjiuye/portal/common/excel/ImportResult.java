package cn.xinjiuye.portal.common.excel;

import java.util.List;

/**
 * What an import read: every parsed row (with its Excel row number) and every error. A service writes the rows only
 * when there is no error at all, in one transaction: an import is all or nothing.
 */
public record ImportResult<T>(List<ParsedRow<T>> rows, List<CellError> errors) {

    public record ParsedRow<T>(int rowNumber, T value) {}

    public boolean ok() {
        return errors.isEmpty();
    }
}
