package cn.xinjiuye.portal.audit.internal;

import java.time.Instant;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

public interface AuditEventRepository extends Repository<AuditEvent, Long> {

    @Query("""
            select e from AuditEvent e
             where (:actor is null or lower(e.actor) like lower(concat('%', cast(:actor as string), '%')))
               and (:action is null or e.action = :action)
               and (:entityType is null or e.entityType = :entityType)
               and (cast(:from as instant) is null or e.at >= :from)
               and (cast(:to as instant) is null or e.at < :to)
             order by e.at desc, e.id desc
            """)
    Page<AuditEvent> search(
            String actor, String action, String entityType, Instant from, Instant to, Pageable pageable);
}
