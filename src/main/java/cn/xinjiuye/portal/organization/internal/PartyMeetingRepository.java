package cn.xinjiuye.portal.organization.internal;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface PartyMeetingRepository extends JpaRepository<PartyMeeting, Long> {

    @Query(
            "select m from PartyMeeting m where m.branch.id = :branchId and m.heldOn between :from and :to order by m.heldOn desc, m.id desc")
    List<PartyMeeting> findByBranchBetween(
            @Param("branchId") long branchId, @Param("from") LocalDate from, @Param("to") LocalDate to);

    @Query(
            "select distinct m from PartyMeeting m join m.attendees a where a.id = :personId and m.heldOn between :from and :to order by m.heldOn")
    List<PartyMeeting> findAttendedBetween(
            @Param("personId") long personId, @Param("from") LocalDate from, @Param("to") LocalDate to);
}
