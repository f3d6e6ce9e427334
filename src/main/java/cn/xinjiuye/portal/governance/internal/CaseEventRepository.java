package cn.xinjiuye.portal.governance.internal;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CaseEventRepository extends JpaRepository<CaseEvent, Long> {

    @Query("select new cn.xinjiuye.portal.governance.internal.TimelineStep(e.at, e.actor, e.action, e.note) "
            + "from CaseEvent e where e.caseId = :caseId order by e.at, e.id")
    List<TimelineStep> timeline(long caseId);

    @Query("select new cn.xinjiuye.portal.governance.internal.TimelineStep(e.at, e.actor, e.action, e.note) "
            + "from CaseEvent e where e.caseId = :caseId and e.publicStep = true order by e.at, e.id")
    List<TimelineStep> publicSteps(long caseId);

    /** The public steps of several cases in one statement (a page of a reporter's cases), in timeline order. */
    @Query("select e from CaseEvent e where e.caseId in :caseIds and e.publicStep = true order by e.at, e.id")
    List<CaseEvent> publicStepsOf(Collection<Long> caseIds);
}
