package cn.xinjiuye.portal.region;

import cn.xinjiuye.portal.audit.AuditListener;
import cn.xinjiuye.portal.audit.Audited;
import cn.xinjiuye.portal.common.persistence.VersionedCreatedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.Setter;

/** A node of the region tree: province, city, district, street (街道), community (社区) or grid (网格). */
@Entity
@EntityListeners(AuditListener.class)
@Getter
public class Region extends VersionedCreatedEntity implements Audited {

    private String code;
    private String name;

    @Enumerated(EnumType.STRING)
    private RegionLevel level;

    @ManyToOne(fetch = FetchType.LAZY)
    private Region parent;

    /** "/1/5/23/": the ids from the root down to this node. */
    private String path;

    @Setter(AccessLevel.PACKAGE)
    private boolean active = true;

    protected Region() {}

    Region(String code, String name, RegionLevel level, Region parent) {
        this.code = code;
        this.name = name;
        this.level = level;
        this.parent = parent;
        this.path = "/pending/";
    }

    /** The path needs the id, so it is set right after the insert. */
    void assignPath() {
        this.path = (parent == null ? "/" : parent.getPath()) + getId() + "/";
    }

    void rename(String code, String name) {
        this.code = code;
        this.name = name;
    }

    void moveUnder(Region newParent) {
        this.parent = newParent;
    }

    /**
     * The district (区县) this region lies in, or the region itself above district level: organization and
     * enterprise names are unique within it (V74's {@code region_district_id}, which reads the path the same way).
     */
    public long districtId() {
        String[] ids = path.split("/");
        return ids.length > 3 ? Long.parseLong(ids[3]) : getId();
    }

    /** Depth in the tree: the number of ids in the path. */
    public int depth() {
        return (int) path.chars().filter(c -> c == '/').count() - 1;
    }

    @Override
    public String auditSummary() {
        return level + " " + code + " " + name + (active ? "" : " (inactive)") + " path=" + path;
    }
}
