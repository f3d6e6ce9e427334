package cn.xinjiuye.portal.governance.internal;

import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ReceptionSessionRepository extends JpaRepository<ReceptionSession, Long> {

    /** A session with its community's name and the number of its cases, in one statement. */
    String ROW = """
            select new cn.xinjiuye.portal.governance.internal.ReceptionRow(s.id, s.heldOn, s.venue, s.official,
                   s.visitors, s.recordedBy, r.name,
                   (select count(c) from GovCase c where c.receptionSessionId = s.id))
              from ReceptionSession s join Region r on r.id = s.communityId
            """;

    /** Sessions of communities in a region subtree, latest first. */
    @Query(
            value = ROW + " where r.path like concat(:prefix, '%') order by s.heldOn desc, s.id desc",
            countQuery = "select count(s) from ReceptionSession s join Region r on r.id = s.communityId "
                    + "where r.path like concat(:prefix, '%')")
    Page<ReceptionRow> search(String prefix, Pageable pageable);

    @Query(ROW + " where s.id = :id")
    Optional<ReceptionRow> row(long id);
}
