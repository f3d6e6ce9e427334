package cn.xinjiuye.portal.common.persistence;

import cn.xinjiuye.portal.common.time.PortalTime;
import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;

/**
 * A {@link VersionedEntity} that also keeps when it was made (column created_at), by the portal's clock as a
 * {@link CreatedEntity} does.
 */
@MappedSuperclass
public abstract class VersionedCreatedEntity extends VersionedEntity {

    @Column(updatable = false)
    private Instant createdAt = PortalTime.now();
}
