package cn.xinjiuye.portal.organization.internal;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PartyMeetingRepository extends JpaRepository<PartyMeeting, Long> {

    /** A branch's meetings of a period, latest first, with attendance counts. */
    @Query("""
            select new cn.xinjiuye.portal.organization.internal.MeetingRow(
                       m.id, m.heldOn, m.kind, m.online, m.topic, size(m.attendees))
              from PartyMeeting m
             where m.branch.id = :branchId and m.heldOn between :from and :to
             order by m.heldOn desc, m.id desc
            """)
    List<MeetingRow> rowsOfBranch(long branchId, LocalDate from, LocalDate to);

    /** The meetings a person attended in a period, earliest first: what the feedback letter reports. */
    @Query("""
            select new cn.xinjiuye.portal.organization.internal.MeetingRow(
                       m.id, m.heldOn, m.kind, m.online, m.topic, size(m.attendees))
              from PartyMeeting m join m.attendees a
             where a.id = :personId and m.heldOn between :from and :to
             order by m.heldOn, m.id
            """)
    List<MeetingRow> attendedBetween(long personId, LocalDate from, LocalDate to);
}
