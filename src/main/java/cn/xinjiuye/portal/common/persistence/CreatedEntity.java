package cn.xinjiuye.portal.common.persistence;

import cn.xinjiuye.portal.common.time.PortalTime;
import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;

/**
 * A record written once and kept: an identity key and when it was made (column created_at), by the portal's clock
 * rather than the database's, so that the demo, which replays its year on that clock, dates it on the day it was
 * lived. A record that people edit is a {@link VersionedCreatedEntity}.
 */
@MappedSuperclass
public abstract class CreatedEntity extends IdentifiedEntity {

    @Column(updatable = false)
    private Instant createdAt = PortalTime.now();
}
