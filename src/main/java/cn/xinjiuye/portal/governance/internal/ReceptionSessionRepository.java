package cn.xinjiuye.portal.governance.internal;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ReceptionSessionRepository extends JpaRepository<ReceptionSession, Long> {

    @Query(
            value = "select s.* from reception_session s join region r on r.id = s.community_id "
                    + "where r.path like :prefix || '%' order by s.held_on desc, s.id desc",
            countQuery = "select count(*) from reception_session s join region r on r.id = s.community_id "
                    + "where r.path like :prefix || '%'",
            nativeQuery = true)
    Page<ReceptionSession> search(@Param("prefix") String prefix, Pageable pageable);
}
