package cn.xinjiuye.portal.governance.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CaseEventRepository extends JpaRepository<CaseEvent, Long> {

    List<CaseEvent> findByCaseIdOrderByAtAscIdAsc(long caseId);

    List<CaseEvent> findByCaseIdAndPublicStepTrueOrderByAtAscIdAsc(long caseId);
}
