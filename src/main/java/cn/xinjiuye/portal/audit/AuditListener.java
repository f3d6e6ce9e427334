package cn.xinjiuye.portal.audit;

import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import lombok.RequiredArgsConstructor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * JPA entity listener that writes every create, update and delete of an {@link Audited} record to the audit
 * log, in the same transaction, so no feature can forget it. Hibernate obtains it from Spring.
 */
@Component
@RequiredArgsConstructor
public class AuditListener {

    private final ObjectProvider<AuditService> audit;

    @PostPersist
    void created(Object entity) {
        write(AuditAction.CREATE, entity);
    }

    @PostUpdate
    void updated(Object entity) {
        write(AuditAction.UPDATE, entity);
    }

    @PostRemove
    void removed(Object entity) {
        write(AuditAction.DELETE, entity);
    }

    private void write(AuditAction action, Object entity) {
        if (entity instanceof Audited record) {
            audit.getObject().record(action, entity.getClass().getSimpleName(), record.getId(), record.auditSummary());
        }
    }
}
