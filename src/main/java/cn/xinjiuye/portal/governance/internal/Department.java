package cn.xinjiuye.portal.governance.internal;

import cn.xinjiuye.portal.audit.AuditListener;
import cn.xinjiuye.portal.audit.Audited;
import cn.xinjiuye.portal.common.persistence.VersionedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import lombok.Getter;

/** A responsible department (责任部门) of a district: 城管局, 消防救援大队, 交警大队 … */
@Entity
@EntityListeners(AuditListener.class)
@Getter
public class Department extends VersionedEntity implements Audited {

    private Long districtId;

    private String name;

    private String phone;

    private boolean active = true;

    protected Department() {}

    Department(long districtId, String name, String phone) {
        this.districtId = districtId;
        this.name = name;
        this.phone = phone;
    }

    @Override
    public String auditSummary() {
        return "department " + name;
    }
}
