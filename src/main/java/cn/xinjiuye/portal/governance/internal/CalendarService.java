package cn.xinjiuye.portal.governance.internal;

import cn.xinjiuye.portal.audit.AuditAction;
import cn.xinjiuye.portal.audit.AuditService;
import cn.xinjiuye.portal.common.FieldRuleException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Administrators keep the holiday calendar (holidays and make-up working days) and the time limits per category. */
@Service
@PreAuthorize("hasRole('ADMIN')")
@RequiredArgsConstructor
public class CalendarService {

    private final JdbcTemplate jdbc;
    private final AuditService audit;
    private final Clock clock;
    private final CaseRecompute recompute;

    public record Day(LocalDate day, String kind, String name) {}

    public record Limit(CaseCategory category, int workingDays, int greenDays) {}

    /** The calendar page: the special days of a year (this year unless asked) and the limits of every category. */
    public record CalendarPage(int year, List<Day> days, List<Limit> limits) {}

    @Transactional(readOnly = true)
    public CalendarPage page(Integer year) {
        int y = year == null ? LocalDate.now(clock).getYear() : year;
        return new CalendarPage(y, days(y), limits());
    }

    @Transactional(readOnly = true)
    public List<Day> days(int year) {
        return jdbc.query(
                "select day, kind, name from holiday where extract(year from day) = ? order by day",
                (rs, i) -> new Day(rs.getObject(1, LocalDate.class), rs.getString(2), rs.getString(3)),
                year);
    }

    @Transactional(readOnly = true)
    public List<Limit> limits() {
        return jdbc.query(
                "select category, working_days, green_days from category_limit order by category",
                (rs, i) -> new Limit(CaseCategory.valueOf(rs.getString(1)), rs.getInt(2), rs.getInt(3)));
    }

    @Transactional
    public void putDay(LocalDate day, String kind, String name) {
        if (day == null) {
            throw new FieldRuleException("day", "case.error.required");
        }
        if (!"HOLIDAY".equals(kind) && !"WORKDAY".equals(kind)) {
            throw new FieldRuleException("kind", "case.error.required");
        }
        String label = name == null || name.isBlank() ? kind : name.trim();
        CaseRecompute.Before before = recompute.before(day, day);
        jdbc.update(
                "insert into holiday (day, kind, name) values (?, ?, ?) on conflict (day) do update "
                        + "set kind = excluded.kind, name = excluded.name",
                day,
                kind,
                label.length() > 40 ? label.substring(0, 40) : label);
        audit.record(AuditAction.UPDATE, "Holiday", null, day + " " + kind + " " + label);
        before.apply();
    }

    @Transactional
    public void removeDay(LocalDate day) {
        CaseRecompute.Before before = recompute.before(day, day);
        jdbc.update("delete from holiday where day = ?", day);
        audit.record(AuditAction.DELETE, "Holiday", null, String.valueOf(day));
        before.apply();
    }

    @Transactional
    public void setLimit(CaseCategory category, int workingDays, int greenDays) {
        if (workingDays < 1 || workingDays > 60 || greenDays < 1 || greenDays > workingDays) {
            throw new FieldRuleException("workingDays", "calendar.error.limit");
        }
        jdbc.update(
                "update category_limit set working_days = ?, green_days = ? where category = ?",
                workingDays,
                greenDays,
                category.name());
        audit.record(AuditAction.UPDATE, "CategoryLimit", null, category + " " + workingDays + "/" + greenDays);
    }
}
