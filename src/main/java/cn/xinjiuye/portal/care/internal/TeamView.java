package cn.xinjiuye.portal.care.internal;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A volunteer team as its page heads it: the region by name. */
public record TeamView(Long id, String name, String leader, String regionName) {

    static TeamView of(VolunteerTeam t) {
        return new TeamView(t.getId(), t.getName(), t.getLeader(), t.getRegion().getName());
    }

    /** An activity of the team, as its page lists it. */
    public record ActivityRow(
            LocalDate heldOn,
            ActivityKind kind,
            String title,
            int participants,
            BigDecimal hours,
            int peopleServed,
            BigDecimal goodsValue) {

        static ActivityRow of(VolunteerActivity a) {
            return new ActivityRow(
                    a.getHeldOn(),
                    a.getKind(),
                    a.getTitle(),
                    a.getParticipants(),
                    a.getHours(),
                    a.getPeopleServed(),
                    a.getGoodsValue());
        }
    }

    /** A team's page: the team and a page of its activities, latest first. */
    public record Page(TeamView team, org.springframework.data.domain.Page<ActivityRow> page) {}
}
