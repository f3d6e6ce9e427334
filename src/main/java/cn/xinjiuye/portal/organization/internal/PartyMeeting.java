package cn.xinjiuye.portal.organization.internal;

import cn.xinjiuye.portal.audit.AuditListener;
import cn.xinjiuye.portal.audit.Audited;
import cn.xinjiuye.portal.common.persistence.CreatedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import lombok.Getter;

/** A meeting of a branch's organizational life (组织生活), online (网会) or offline, with who attended. */
@Entity
@EntityListeners(AuditListener.class)
@Getter
public class PartyMeeting extends CreatedEntity implements Audited {

    @ManyToOne(fetch = FetchType.LAZY)
    private PartyOrganization branch;

    @Enumerated(EnumType.STRING)
    private MeetingKind kind;

    private boolean online;

    private LocalDate heldOn;

    private String topic;

    @ManyToMany
    @JoinTable(
            name = "meeting_attendance",
            joinColumns = @JoinColumn(name = "meeting_id"),
            inverseJoinColumns = @JoinColumn(name = "person_id"))
    private Set<Person> attendees = new LinkedHashSet<>();

    @Version
    private long version;

    protected PartyMeeting() {}

    PartyMeeting(
            PartyOrganization branch,
            MeetingKind kind,
            boolean online,
            LocalDate heldOn,
            String topic,
            Set<Person> attendees) {
        this.branch = branch;
        this.kind = kind;
        this.online = online;
        this.heldOn = heldOn;
        this.topic = topic;
        this.attendees = new LinkedHashSet<>(attendees);
    }

    @Override
    public String auditSummary() {
        return kind + " of branch " + branch.getId() + " on " + heldOn + (online ? " online" : "") + ": " + topic + " ("
                + attendees.size() + " attended)";
    }
}
