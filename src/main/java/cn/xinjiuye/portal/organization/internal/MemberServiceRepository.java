package cn.xinjiuye.portal.organization.internal;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface MemberServiceRepository extends JpaRepository<MemberService, Long> {

    @Query(
            "select s from MemberService s where s.person.id = :personId and s.servedOn between :from and :to order by s.servedOn")
    List<MemberService> findByPersonBetween(long personId, LocalDate from, LocalDate to);

    @Query("select s from MemberService s where s.person.id = :personId order by s.servedOn desc")
    List<MemberService> findByPerson(long personId);
}
