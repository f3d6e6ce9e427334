package cn.xinjiuye.portal.governance.internal;

import cn.xinjiuye.portal.audit.AuditAction;
import cn.xinjiuye.portal.audit.AuditService;
import cn.xinjiuye.portal.common.FieldRuleException;
import cn.xinjiuye.portal.common.excel.CellError;
import cn.xinjiuye.portal.common.security.CurrentUsers;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Administrators import a year's holiday arrangement: upload (.xlsx template or JSON), preview, confirm. The
 * confirmed year replaces that year's days in one transaction, marks the year complete, and moves the due dates of
 * the open cases whose running time touches it.
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
@RequiredArgsConstructor
public class CalendarImportService {

    /** What the preview shows: the days of the file, or the errors that refuse it. */
    public record Preview(
            Integer year,
            List<CalendarImport.ImportDay> days,
            List<CellError> errors,
            String payload,
            int existingDays,
            boolean known) {

        public boolean ok() {
            return errors.isEmpty();
        }
    }

    /** Shown after a redirect, so it lives in the session (in PostgreSQL) for one request: serializable. */
    public record Imported(int year, int days, int moved) implements java.io.Serializable {}

    private final JdbcTemplate jdbc;
    private final CaseRecompute recompute;
    private final CalendarYears years;
    private final AuditService audit;
    private final Clock clock;

    public void template(OutputStream out, Locale locale) throws IOException {
        CalendarImport.template(out, "en".equals(locale.getLanguage()));
    }

    /** Reads the file (JSON when its name ends in .json, else the template) and checks every row. */
    @Transactional(readOnly = true)
    public Preview preview(String filename, byte[] content) {
        boolean json = filename != null && filename.toLowerCase(Locale.ROOT).endsWith(".json");
        CalendarImport.Parsed parsed =
                json ? CalendarImport.json(content) : CalendarImport.xlsx(new ByteArrayInputStream(content));
        if (!parsed.ok()) {
            return new Preview(parsed.year(), List.of(), parsed.errors(), null, 0, false);
        }
        int year = parsed.year();
        return new Preview(
                year,
                parsed.days(),
                List.of(),
                CalendarImport.toJson(parsed.days()),
                jdbc.queryForObject(
                        "select count(*) from holiday where extract(year from day) = ?", Integer.class, year),
                years.isKnown(year));
    }

    /** Imports the previewed days: all of them or, on any error, none. */
    @Transactional
    public Imported confirm(String payload) {
        CalendarImport.Parsed parsed =
                CalendarImport.json(payload == null ? new byte[0] : payload.getBytes(StandardCharsets.UTF_8));
        if (!parsed.ok()) {
            throw new FieldRuleException("file", "calendar.import.error.json");
        }
        int year = parsed.year();
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        CaseRecompute.Before before = recompute.before(first, last);
        jdbc.update("delete from holiday where day between ? and ?", first, last);
        for (CalendarImport.ImportDay d : parsed.days()) {
            jdbc.update("insert into holiday (day, kind, name) values (?, ?, ?)", d.day(), d.kind(), d.name());
        }
        String actor = CurrentUsers.actorName();
        jdbc.update(
                "insert into calendar_year (year, source, recorded_by, recorded_at) values (?, 'import', ?, ?) "
                        + "on conflict (year) do update set source = excluded.source, "
                        + "recorded_by = excluded.recorded_by, recorded_at = excluded.recorded_at",
                year,
                actor,
                Timestamp.from(clock.instant()));
        int moved = before.apply();
        audit.record(
                AuditAction.UPDATE,
                "Holiday",
                null,
                "imported " + year + ": " + parsed.days().size() + " days, " + moved + " due dates moved");
        return new Imported(year, parsed.days().size(), moved);
    }
}
