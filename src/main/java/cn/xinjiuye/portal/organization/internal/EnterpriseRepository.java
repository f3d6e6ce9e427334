package cn.xinjiuye.portal.organization.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface EnterpriseRepository extends JpaRepository<Enterprise, Long> {

    /**
     * Enterprises of a subtree, optionally only those with an alert. The alerts are computed from the people on
     * file, never typed: 应建未建 (3+ full members, no own branch) and "neither members nor a seed member".
     */
    String IN_SCOPE = """
            from Enterprise e join e.region r
             where r.path like concat(:prefix, '%')
               and (:q is null or e.name like concat('%', cast(:q as string), '%'))
               and (:alert is null
                    or (:alert = 'UNBUILT' and e.coverage <> cn.xinjiuye.portal.organization.internal.Coverage.OWN_BRANCH
                        and (select count(p) from Person p where p.enterprise = e
                              and p.politicalStatus = cn.xinjiuye.portal.organization.internal.PoliticalStatus.FULL_MEMBER) >= 3)
                    or (:alert = 'NO_MEMBERS' and (e.seedMembers is null or e.seedMembers = '')
                        and (select count(p) from Person p where p.enterprise = e
                              and p.politicalStatus in (cn.xinjiuye.portal.organization.internal.PoliticalStatus.PROBATIONARY,
                                                        cn.xinjiuye.portal.organization.internal.PoliticalStatus.FULL_MEMBER)) = 0))
            """;

    /** The record of this name in a district (names are unique per district, V74). */
    Optional<Enterprise> findByDistrictIdAndName(long districtId, String name);

    /** The enterprise list, one query for the page, member figures included. */
    @Query(value = """
            select new cn.xinjiuye.portal.organization.internal.EnterpriseRow(
                       e.id, e.name, e.kind, r.name, e.workerCount, e.coverage, e.seedMembers,
                       (select count(p) from Person p where p.enterprise = e
                         and p.politicalStatus in (cn.xinjiuye.portal.organization.internal.PoliticalStatus.PROBATIONARY,
                                                   cn.xinjiuye.portal.organization.internal.PoliticalStatus.FULL_MEMBER)),
                       (select count(p) from Person p where p.enterprise = e
                         and p.politicalStatus = cn.xinjiuye.portal.organization.internal.PoliticalStatus.FULL_MEMBER))
            """ + IN_SCOPE + " order by e.name", countQuery = "select count(e) " + IN_SCOPE)
    Page<EnterpriseRow> search(String prefix, String q, String alert, Pageable pageable);

    @Query("select count(e) " + IN_SCOPE)
    long count(String prefix, String q, String alert);

    @Query("""
            select new cn.xinjiuye.portal.organization.internal.Choice(e.id, e.name)
              from Enterprise e where e.region.path like concat(:prefix, '%') order by e.name
            """)
    List<Choice> choices(String prefix);
}
