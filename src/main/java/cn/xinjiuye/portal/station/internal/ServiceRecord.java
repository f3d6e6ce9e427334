package cn.xinjiuye.portal.station.internal;

import cn.xinjiuye.portal.audit.AuditListener;
import cn.xinjiuye.portal.audit.Audited;
import cn.xinjiuye.portal.common.persistence.IdentifiedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import lombok.Getter;

/** Services a station delivered on one day: a kind and how many times. */
@Entity
@Table(name = "station_service")
@EntityListeners(AuditListener.class)
@Getter
public class ServiceRecord extends IdentifiedEntity implements Audited {

    private long stationId;
    private LocalDate servedOn;

    @Enumerated(EnumType.STRING)
    private ServiceKind kind;

    private int count;
    private String recordedBy;

    /** When it was recorded (the portal's clock): its recorder may undo it shortly after ({@link OneTapServices}). */
    private Instant createdAt;

    protected ServiceRecord() {}

    ServiceRecord(
            long stationId, LocalDate servedOn, ServiceKind kind, int count, String recordedBy, Instant createdAt) {
        this.stationId = stationId;
        this.servedOn = servedOn;
        this.kind = kind;
        this.count = count;
        this.recordedBy = recordedBy;
        this.createdAt = createdAt;
    }

    @Override
    public String auditSummary() {
        return "service " + kind + " x" + count + " at station " + stationId + " on " + servedOn;
    }
}
