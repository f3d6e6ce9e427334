package cn.xinjiuye.portal.station.internal;

import cn.xinjiuye.portal.audit.AuditListener;
import cn.xinjiuye.portal.audit.Audited;
import cn.xinjiuye.portal.common.persistence.CreatedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import java.time.LocalDate;
import lombok.Getter;

/** A dated 六有 inspection: site, sign, facilities, rules, books, a dedicated manager. */
@Entity
@EntityListeners(AuditListener.class)
public class StationInspection extends CreatedEntity implements Audited {

    @Getter
    private long stationId;

    @Getter
    private LocalDate inspectedOn;

    @Getter
    private String inspector;

    private boolean hasSite;
    private boolean hasSign;
    private boolean hasFacilities;
    private boolean hasRules;
    private boolean hasBooks;
    private boolean hasManager;

    @Getter
    private String note;

    protected StationInspection() {}

    StationInspection(long stationId, LocalDate inspectedOn, String inspector, boolean[] checks, String note) {
        this.stationId = stationId;
        this.inspectedOn = inspectedOn;
        this.inspector = inspector;
        this.hasSite = checks[0];
        this.hasSign = checks[1];
        this.hasFacilities = checks[2];
        this.hasRules = checks[3];
        this.hasBooks = checks[4];
        this.hasManager = checks[5];
        this.note = note;
    }

    /** The six checks in the order of the standard: 有场地、有标识、有设施、有制度、有书刊、有专人管理. */
    public boolean[] checks() {
        return new boolean[] {hasSite, hasSign, hasFacilities, hasRules, hasBooks, hasManager};
    }

    public int passedCount() {
        int n = 0;
        for (boolean b : checks()) {
            n += b ? 1 : 0;
        }
        return n;
    }

    public boolean passed() {
        return passedCount() == 6;
    }

    @Override
    public String auditSummary() {
        return "六有 inspection of station " + stationId + " on " + inspectedOn + " by " + inspector + ": "
                + passedCount() + "/6";
    }
}
