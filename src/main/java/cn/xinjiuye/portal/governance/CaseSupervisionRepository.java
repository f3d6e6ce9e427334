package cn.xinjiuye.portal.governance;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CaseSupervisionRepository extends JpaRepository<CaseSupervision, Long> {

    List<CaseSupervision> findByCaseIdOrderByNotedAtAscIdAsc(long caseId);
}
