package cn.xinjiuye.portal.station.internal;

import cn.xinjiuye.portal.audit.AuditListener;
import cn.xinjiuye.portal.audit.Audited;
import cn.xinjiuye.portal.common.persistence.VersionedCreatedEntity;
import cn.xinjiuye.portal.region.Region;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.LocalDate;
import java.util.List;
import lombok.AccessLevel;
import lombok.Getter;

/** A care station (爱心驿站) of one community, located in WGS-84. */
@Entity
@EntityListeners(AuditListener.class)
@Getter
public class Station extends VersionedCreatedEntity implements Audited {

    private String name;

    @Enumerated(EnumType.STRING)
    private HostType hostType;

    private String address;
    private double lat;
    private double lng;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "region_id")
    private Region community;

    @Getter(AccessLevel.NONE)
    private String openingHours;

    @Getter(AccessLevel.NONE)
    private int amenities;

    private String managerName;
    private String managerPhone;

    /** The manager's phone is the station's public contact: only then do couriers see it. */
    private boolean publicPhone;

    @Enumerated(EnumType.STRING)
    private StationStatus status = StationStatus.OPEN;

    private String suspendReason;
    private boolean active = true;
    private LocalDate lastInspectedOn;
    private Boolean lastInspectionPassed;

    protected Station() {}

    Station(StationDetails details, Region community) {
        apply(details, community);
    }

    /** Everything staff edit, at once. */
    void apply(StationDetails d, Region community) {
        this.name = d.name();
        this.hostType = d.hostType();
        this.address = d.address();
        this.lat = d.lat();
        this.lng = d.lng();
        this.community = community;
        this.openingHours = d.hours().stored();
        this.amenities = Amenity.toBits(d.amenities());
        this.managerName = d.managerName();
        this.managerPhone = d.managerPhone();
        this.publicPhone = d.publicPhone();
        this.status = d.status();
        this.suspendReason = d.status() == StationStatus.SUSPENDED ? d.suspendReason() : null;
    }

    void deactivate() {
        this.active = false;
    }

    void inspected(LocalDate on, boolean passed) {
        if (lastInspectedOn == null || !on.isBefore(lastInspectedOn)) {
            this.lastInspectedOn = on;
            this.lastInspectionPassed = passed;
        }
    }

    /** The phone couriers may call: the manager's, when the station marks it public. */
    public String getPublicContactPhone() {
        return publicPhone ? managerPhone : null;
    }

    public OpeningHours getHours() {
        return OpeningHours.parse(openingHours);
    }

    public List<Amenity> getAmenities() {
        return Amenity.fromBits(amenities);
    }

    /** True when never inspected or the latest inspection is older than the interval. */
    public boolean inspectionOverdue(LocalDate today, int intervalDays) {
        return inspectionOverdue(lastInspectedOn, today, intervalDays);
    }

    static boolean inspectionOverdue(LocalDate lastInspectedOn, LocalDate today, int intervalDays) {
        return lastInspectedOn == null || lastInspectedOn.isBefore(today.minusDays(intervalDays));
    }

    @Override
    public String auditSummary() {
        return name + " (" + hostType + ", " + status + (active ? "" : ", deactivated") + ") at " + lat + "," + lng
                + " community=" + (community == null ? null : community.getCode());
    }
}
