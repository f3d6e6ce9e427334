package cn.xinjiuye.portal.organization;

import cn.xinjiuye.portal.dashboard.Chart;
import cn.xinjiuye.portal.dashboard.Figure;
import cn.xinjiuye.portal.dashboard.FigureSource;
import cn.xinjiuye.portal.dashboard.Period;
import cn.xinjiuye.portal.dashboard.RegionGrouping;
import cn.xinjiuye.portal.dashboard.Rollups;
import java.sql.Date;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The Party-building figures of the dashboard: branches by type, members who found a home, workers covered,
 * instructors and seed members sent, activists in cultivation, mobile members and their feedback, meetings held.
 */
@Component
@Order(20)
class OrganizationFigures implements FigureSource {

    static final String BRANCHES = "dashboard.fig.branches";
    static final String JOINT = "dashboard.fig.jointBranches";
    static final String INDUSTRY = "dashboard.fig.industryBranches";
    static final String MEMBERS_HOME = "dashboard.fig.membersWithBranch";
    static final String WORKERS_COVERED = "dashboard.fig.workersCovered";
    static final String ACTIVISTS = "dashboard.fig.activists";
    static final String INSTRUCTORS = "dashboard.fig.instructors";
    static final String SEEDS = "dashboard.fig.seedMembers";
    static final String AGREEMENTS = "dashboard.fig.mobileAgreements";
    static final String FEEDBACK = "dashboard.fig.feedbackSent";
    static final String RETURNED = "dashboard.fig.returned";
    static final String MEETINGS = "dashboard.fig.meetings";

    private final JdbcTemplate jdbc;

    OrganizationFigures(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String section() {
        return "dashboard.section.organizations";
    }

    @Override
    public List<Figure> figures() {
        return List.of(new Figure(BRANCHES, false), new Figure(JOINT, false), new Figure(INDUSTRY, false),
                new Figure(MEMBERS_HOME, false), new Figure(WORKERS_COVERED, false), new Figure(ACTIVISTS, false),
                new Figure(INSTRUCTORS, false), new Figure(SEEDS, false), new Figure(AGREEMENTS, false),
                new Figure(FEEDBACK, true), new Figure(RETURNED, true), new Figure(MEETINGS, true));
    }

    @Override
    public Map<String, Map<String, Number>> compute(RegionGrouping g, Period period) {
        Map<String, Map<String, Number>> values = new HashMap<>();
        Object[] scope = {g.prefix()};
        Object[] scopeAndPeriod = {g.prefix(), Date.valueOf(period.from()), Date.valueOf(period.to())};
        Rollups.collect(jdbc, "select k, count(*) filter (where type in ('BRANCH', 'JOINT_BRANCH', 'INDUSTRY_BRANCH')), "
                + "count(*) filter (where type = 'JOINT_BRANCH'), count(*) filter (where type = 'INDUSTRY_BRANCH') from ("
                + "select " + g.childKey("r.path") + " k, o.type from party_organization o join region r on r.id = o.region_id "
                + "where r.path like ? || '%') x group by rollup (k)", scope, values, BRANCHES, JOINT, INDUSTRY);
        // A member "found a home" when a branch holds their membership; a worker is covered by a branch of their own
        // or one of their employer.
        Rollups.collect(jdbc, "select k, count(*) filter (where member and branch_id is not null), "
                + "count(*) filter (where branch_id is not null or covered), count(*) filter (where cultivated) from ("
                + "select " + g.childKey("r.path") + " k, p.branch_id, "
                + "p.political_status in ('PROBATIONARY', 'FULL_MEMBER') member, "
                + "p.political_status in ('ACTIVIST', 'DEVELOPMENT_TARGET') cultivated, "
                + "coalesce(e.coverage <> 'NONE', false) covered "
                + "from person p join region r on r.id = p.region_id left join enterprise e on e.id = p.enterprise_id "
                + "where r.path like ? || '%') x group by rollup (k)", scope, values, MEMBERS_HOME, WORKERS_COVERED, ACTIVISTS);
        Rollups.collect(jdbc, "select k, count(*) filter (where instructor_name is not null), "
                + "count(*) filter (where seed_members is not null) from (select " + g.childKey("r.path")
                + " k, e.instructor_name, e.seed_members from enterprise e join region r on r.id = e.region_id "
                + "where r.path like ? || '%') x group by rollup (k)", scope, values, INSTRUCTORS, SEEDS);
        Rollups.collect(jdbc, "select k, count(*) filter (where not returned), count(*) filter (where returned "
                + "and returned_on >= ? and returned_on < ?) from (select " + g.childKey("r.path")
                + " k, m.returned, m.returned_on from mobile_member m join party_organization o on o.id = m.host_branch_id "
                + "join region r on r.id = o.region_id where r.path like ? || '%') x group by rollup (k)",
                new Object[] {Date.valueOf(period.from()), Date.valueOf(period.to()), g.prefix()}, values, AGREEMENTS, RETURNED);
        Rollups.collect(jdbc, "select k, count(*) from (select " + g.childKey("r.path") + " k from feedback_letter f "
                + "join mobile_member m on m.id = f.mobile_member_id join party_organization o on o.id = m.host_branch_id "
                + "join region r on r.id = o.region_id where r.path like ? || '%' and f.sent_on >= ? and f.sent_on < ?) x "
                + "group by rollup (k)", scopeAndPeriod, values, FEEDBACK);
        Rollups.collect(jdbc, "select k, count(*) from (select " + g.childKey("r.path") + " k from party_meeting m "
                + "join party_organization o on o.id = m.branch_id join region r on r.id = o.region_id "
                + "where r.path like ? || '%' and m.held_on >= ? and m.held_on < ?) x group by rollup (k)",
                scopeAndPeriod, values, MEETINGS);
        return values;
    }

    /** Branches by type. */
    @Override
    public List<Chart> charts(RegionGrouping g, Period period) {
        List<String> types = new ArrayList<>();
        List<Number> counts = new ArrayList<>();
        jdbc.query("select o.type, count(*) from party_organization o join region r on r.id = o.region_id "
                + "where r.path like ? || '%' group by o.type order by o.type", rs -> {
                    types.add("organization.type." + rs.getString(1));
                    counts.add(rs.getLong(2));
                }, g.prefix());
        return List.of(new Chart("organization-types", "dashboard.chart.organizationTypes", "pie", types, true,
                List.of(new Chart.Series("dashboard.fig.organizations", counts))));
    }
}
