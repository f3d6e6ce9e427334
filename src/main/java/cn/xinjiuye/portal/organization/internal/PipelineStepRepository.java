package cn.xinjiuye.portal.organization.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PipelineStepRepository extends JpaRepository<PipelineStep, Long> {

    @Query("select s from PipelineStep s where s.person.id = :personId order by s.stepDate, s.id")
    List<PipelineStep> findByPerson(long personId);

    /** [person id, months] of the probation extensions of a branch's people since their current status. */
    @Query("""
            select p.id, sum(s.extensionMonths) from PipelineStep s join s.person p
             where p.branch.id = :branchId and s.kind = :kind and s.stepDate >= p.statusSince
             group by p.id
            """)
    List<Object[]> extensionsOfBranch(long branchId, PipelineStep.Kind kind);
}
