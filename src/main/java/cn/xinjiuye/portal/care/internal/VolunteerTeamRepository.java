package cn.xinjiuye.portal.care.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface VolunteerTeamRepository extends JpaRepository<VolunteerTeam, Long> {

    @Override
    @EntityGraph(attributePaths = "region")
    Optional<VolunteerTeam> findById(Long id);

    boolean existsByRegionIdAndName(Long regionId, String name);

    /** Teams of a subtree with their totals, computed by the database. */
    @Query(value = """
            select t.id, t.name, r.name as region_name, t.leader,
                   count(a.id) as activities, coalesce(sum(a.hours), 0) as hours,
                   coalesce(sum(a.people_served), 0) as people_served, coalesce(sum(a.goods_value), 0) as goods_value
              from volunteer_team t join region r on r.id = t.region_id
              left join volunteer_activity a on a.team_id = t.id
             where r.path like :prefix || '%'
             group by t.id, t.name, r.name, t.leader
             order by t.name
            """, nativeQuery = true)
    List<TeamTotals> totals(String prefix);

    interface TeamTotals {
        Long getId();

        String getName();

        String getRegionName();

        String getLeader();

        long getActivities();

        java.math.BigDecimal getHours();

        long getPeopleServed();

        java.math.BigDecimal getGoodsValue();
    }
}
