package cn.xinjiuye.portal.organization.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface RepresentationRepository extends JpaRepository<Representation, Long> {

    @Query("select r from Representation r where r.person.id = :personId order by r.nominatedOn desc")
    List<Representation> findByPerson(long personId);

    /** Nominations of the people of a region subtree (secretaryId set: only those of that account's branches). */
    @Query("""
            select new cn.xinjiuye.portal.organization.internal.RepresentationRow(
                       p.id, p.name, r.kind, r.level, r.status, r.nominatedOn)
              from Representation r join r.person p left join p.branch b
             where p.region.path like concat(:prefix, '%')
               and (:secretaryId is null or b.secretaryAccountId = :secretaryId)
             order by r.nominatedOn desc
            """)
    List<RepresentationRow> findInScope(String prefix, Long secretaryId);
}
