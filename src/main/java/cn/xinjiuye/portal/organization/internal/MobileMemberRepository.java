package cn.xinjiuye.portal.organization.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface MobileMemberRepository extends JpaRepository<MobileMember, Long> {

    Optional<MobileMember> findByPersonId(long personId);

    @Query("""
            select m from MobileMember m join m.hostBranch b
             where (:secretaryId is null and b.region.path like concat(:prefix, '%'))
                or (:secretaryId is not null and b.secretaryAccountId = :secretaryId)
             order by m.agreementSignedOn desc
            """)
    List<MobileMember> findVisible(@Param("prefix") String prefix, @Param("secretaryId") Long secretaryId);
}
