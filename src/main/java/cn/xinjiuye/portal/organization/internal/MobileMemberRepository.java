package cn.xinjiuye.portal.organization.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface MobileMemberRepository extends JpaRepository<MobileMember, Long> {

    Optional<MobileMember> findByPersonId(long personId);

    /** Members whose host branch is in a region subtree, or (secretaryId set) is one of that account's branches. */
    @Query("""
            select new cn.xinjiuye.portal.organization.internal.MobileMemberRow(
                       m.id, p.name, b.name, m.homeOrgName, m.agreementSignedOn, m.returned)
              from MobileMember m join m.person p join m.hostBranch b
             where (:secretaryId is null and b.region.path like concat(:prefix, '%'))
                or (:secretaryId is not null and b.secretaryAccountId = :secretaryId)
             order by m.agreementSignedOn desc, m.id
            """)
    List<MobileMemberRow> rows(String prefix, Long secretaryId);
}
