package cn.xinjiuye.portal.governance;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CaseEventRepository extends JpaRepository<CaseEvent, Long> {

    List<CaseEvent> findByCaseIdOrderByAtAscIdAsc(long caseId);

    List<CaseEvent> findByCaseIdAndPublicStepTrueOrderByAtAscIdAsc(long caseId);
}
