package cn.xinjiuye.portal.common.persistence;

import cn.xinjiuye.portal.common.time.PortalTime;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Version;
import java.time.Instant;
import lombok.Getter;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/**
 * A record that people edit in forms: an identity key, an optimistic-lock version and the time of the last change
 * (columns id, version, updated_at). A form carries the version it was built on; {@link #checkVersion} turns a
 * stale edit into the 409 page instead of overwriting someone else's change.
 */
@MappedSuperclass
@Getter
public abstract class VersionedEntity extends IdentifiedEntity {

    @Version
    private long version;

    private Instant updatedAt;

    @PrePersist
    @PreUpdate
    void touch() {
        this.updatedAt = PortalTime.now();
    }

    /** Refuses the change when the record moved on since the form was loaded. */
    public void checkVersion(long expected) {
        if (version != expected) {
            throw new ObjectOptimisticLockingFailureException(getClass(), getId());
        }
    }
}
