package cn.xinjiuye.portal.organization.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface FeedbackLetterRepository extends JpaRepository<FeedbackLetter, Long> {

    @Query("select f from FeedbackLetter f where f.mobileMember.id = :id and f.year = :year and f.half = :half")
    Optional<FeedbackLetter> find(@Param("id") long mobileMemberId, int year, int half);

    @Query("select f from FeedbackLetter f where f.mobileMember.id = :id order by f.year desc, f.half desc")
    List<FeedbackLetter> findByMobileMember(@Param("id") long mobileMemberId);
}
