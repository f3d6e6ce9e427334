package cn.xinjiuye.portal.organization.internal;

import cn.xinjiuye.portal.dashboard.Chart;
import cn.xinjiuye.portal.dashboard.Figure;
import cn.xinjiuye.portal.dashboard.Period;
import cn.xinjiuye.portal.dashboard.RegionGrouping;
import cn.xinjiuye.portal.dashboard.SqlFigures;
import java.sql.Date;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The organization figures of the dashboard, computed from the records: branches (joint ones among them), Party
 * members and those who found a branch, activists in cultivation, new probationary members, instructors and seed
 * members sent, enterprises where a branch is due (应建未建), mobile-member agreements, feedback letters sent, members
 * brought back (归队), and meetings of organizational life.
 */
@Component
@Order(20)
public class OrganizationFigures extends SqlFigures {

    static final Figure BRANCHES = Figure.stock("dashboard.fig.orgBranches");
    static final Figure JOINT = Figure.stock("dashboard.fig.orgJointBranches");
    static final Figure MEMBERS = Figure.stock("dashboard.fig.orgMembers");
    static final Figure MEMBERS_HOME = Figure.stock("dashboard.fig.orgMembersWithBranch");
    static final Figure WORKERS_COVERED = Figure.stock("dashboard.fig.orgWorkersCovered");
    static final Figure CULTIVATION = Figure.stock("dashboard.fig.orgInCultivation");
    static final Figure NEW_MEMBERS = Figure.flow("dashboard.fig.orgNewMembers");
    static final Figure INSTRUCTORS = Figure.stock("dashboard.fig.orgInstructors");
    static final Figure SEEDS = Figure.stock("dashboard.fig.orgSeedMembers");
    static final Figure UNBUILT = Figure.stock("dashboard.fig.orgUnbuilt");
    static final Figure AGREEMENTS = Figure.stock("dashboard.fig.orgAgreements");
    static final Figure LETTERS = Figure.flow("dashboard.fig.orgLettersSent");
    static final Figure LETTERS_ON_TIME = Figure.flow("dashboard.fig.orgLettersOnTime");
    static final Figure RETURNED = Figure.flow("dashboard.fig.orgReturned");
    static final Figure MEETINGS = Figure.flow("dashboard.fig.orgMeetings");

    OrganizationFigures(JdbcTemplate jdbc) {
        super(
                jdbc,
                "dashboard.section.organizations",
                BRANCHES,
                JOINT,
                MEMBERS,
                MEMBERS_HOME,
                WORKERS_COVERED,
                CULTIVATION,
                NEW_MEMBERS,
                INSTRUCTORS,
                SEEDS,
                UNBUILT,
                AGREEMENTS,
                LETTERS,
                LETTERS_ON_TIME,
                RETURNED,
                MEETINGS);
    }

    @Override
    public Map<String, Map<String, Number>> compute(RegionGrouping g, Period period) {
        Map<String, Map<String, Number>> values = new HashMap<>();
        Date from = Date.valueOf(period.from());
        Date to = Date.valueOf(period.to());
        String key = g.childKey("r.path");
        collect(
                values,
                "select k, count(*), count(*) filter (where t in ('JOINT_BRANCH', 'INDUSTRY_BRANCH')) from ("
                        + "select " + key
                        + " k, o.type t from party_organization o join region r on r.id = o.region_id "
                        + "where r.path like ? || '%' and o.type in ('BRANCH', 'JOINT_BRANCH', 'INDUSTRY_BRANCH')) x "
                        + "group by rollup (k)",
                new Object[] {g.prefix()},
                BRANCHES,
                JOINT);
        // People are first counted per region, status and whether they have a branch (from the covering index
        // person_region_status_idx, V61: a few thousand groups), then grouped by child region.
        collect(
                values,
                "select k, sum(n) filter (where s in ('PROBATIONARY', 'FULL_MEMBER')), "
                        + "sum(n) filter (where s in ('PROBATIONARY', 'FULL_MEMBER') and b), "
                        + "sum(n) filter (where s in ('ACTIVIST', 'DEVELOPMENT_TARGET')) from (select "
                        + key + " k, per.* from (select p.region_id, p.political_status s, p.branch_id is not null b, "
                        + "count(*) n from person p where p.region_id in (select id from region where path like ? || '%') "
                        + "group by 1, 2, 3) per join region r on r.id = per.region_id) x group by rollup (k)",
                new Object[] {g.prefix()},
                MEMBERS,
                MEMBERS_HOME,
                CULTIVATION);
        collect(
                values,
                "select k, count(*) from (select " + key + " k from pipeline_step s "
                        + "join person p on p.id = s.person_id join region r on r.id = p.region_id "
                        + "where r.path like ? || '%' and s.kind = 'ADVANCE' and s.to_status = 'PROBATIONARY' "
                        + "and s.step_date >= ? and s.step_date < ?) x group by rollup (k)",
                new Object[] {g.prefix(), from, to},
                NEW_MEMBERS);
        // Workers who found a Party organization: those of enterprises that a branch of their own or a joint branch
        // covers.
        collect(
                values,
                "select k, count(*) filter (where i), count(*) filter (where sd), count(*) filter (where u), "
                        + "coalesce(sum(w) filter (where covered), 0) from ("
                        + "select " + key + " k, e.instructor_name is not null i, e.seed_members is not null sd, "
                        + "e.worker_count w, e.coverage <> 'NONE' covered, "
                        + "(e.coverage <> 'OWN_BRANCH' and (select count(*) from person p where p.enterprise_id = e.id "
                        + "and p.political_status = 'FULL_MEMBER') >= " + EnterpriseService.BRANCH_THRESHOLD + ") u "
                        + "from enterprise e join region r on r.id = e.region_id where r.path like ? || '%') x group by rollup (k)",
                new Object[] {g.prefix()},
                INSTRUCTORS,
                SEEDS,
                UNBUILT,
                WORKERS_COVERED);
        collect(
                values,
                "select k, count(*) filter (where not ret), count(*) filter (where ret_on >= ? and ret_on < ?) from ("
                        + "select " + key + " k, m.returned ret, m.returned_on ret_on from mobile_member m "
                        + "join party_organization o on o.id = m.host_branch_id join region r on r.id = o.region_id "
                        + "where r.path like ? || '%') x group by rollup (k)",
                new Object[] {from, to, g.prefix()},
                AGREEMENTS,
                RETURNED);
        // On time: sent within the 30 days after its half year ended (MobileMemberService's rule for late letters).
        collect(
                values,
                "select k, count(*), count(*) filter (where on_time) from (select " + key + " k, "
                        + "f.sent_on <= (make_date(f.year, f.half * 6, 1) + interval '1 month' + interval '29 day')::date on_time "
                        + "from feedback_letter f "
                        + "join mobile_member m on m.id = f.mobile_member_id join party_organization o on o.id = m.host_branch_id "
                        + "join region r on r.id = o.region_id where r.path like ? || '%' and f.sent_on >= ? and f.sent_on < ?) x "
                        + "group by rollup (k)",
                new Object[] {g.prefix(), from, to},
                LETTERS,
                LETTERS_ON_TIME);
        collect(
                values,
                "select k, count(*) from (select " + key + " k from party_meeting mt "
                        + "join party_organization o on o.id = mt.branch_id join region r on r.id = o.region_id "
                        + "where r.path like ? || '%' and mt.held_on >= ? and mt.held_on < ?) x group by rollup (k)",
                new Object[] {g.prefix(), from, to},
                MEETINGS);
        return values;
    }

    /** Party organizations by type. */
    @Override
    public List<Chart> charts(RegionGrouping g, Period period) {
        List<String> types = new ArrayList<>();
        List<Number> counts = new ArrayList<>();
        jdbc.query(
                "select o.type, count(*) from party_organization o join region r on r.id = o.region_id "
                        + "where r.path like ? || '%' group by o.type order by o.type",
                rs -> {
                    types.add("organization.type." + rs.getString(1));
                    counts.add(rs.getLong(2));
                },
                g.prefix());
        return List.of(new Chart(
                "organization-types",
                "dashboard.chart.organizationTypes",
                "pie",
                types,
                true,
                List.of(new Chart.Series("dashboard.fig.organizations", counts))));
    }
}
