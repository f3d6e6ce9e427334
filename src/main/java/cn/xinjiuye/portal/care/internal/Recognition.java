package cn.xinjiuye.portal.care.internal;

import cn.xinjiuye.portal.account.Occupation;
import cn.xinjiuye.portal.audit.AuditListener;
import cn.xinjiuye.portal.audit.Audited;
import cn.xinjiuye.portal.common.persistence.CreatedEntity;
import cn.xinjiuye.portal.region.Region;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import java.time.LocalDate;
import lombok.Getter;

/** A recognition of a worker: 党员红旗车, 红的哥, 旅顺工匠 and the like. */
@Entity
@EntityListeners(AuditListener.class)
@Getter
public class Recognition extends CreatedEntity implements Audited {

    @Enumerated(EnumType.STRING)
    private RecognitionKind kind;

    private String personName;

    @Enumerated(EnumType.STRING)
    private Occupation occupation;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Region region;

    private LocalDate awardedOn;
    private String note;

    protected Recognition() {}

    Recognition(
            RecognitionKind kind,
            String personName,
            Occupation occupation,
            Region region,
            LocalDate awardedOn,
            String note) {
        this.kind = kind;
        this.personName = personName;
        this.occupation = occupation;
        this.region = region;
        this.awardedOn = awardedOn;
        this.note = note;
    }

    @Override
    public String auditSummary() {
        return kind + " " + personName + " " + awardedOn;
    }
}
