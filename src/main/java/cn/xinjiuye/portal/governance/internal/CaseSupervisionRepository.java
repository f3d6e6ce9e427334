package cn.xinjiuye.portal.governance.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CaseSupervisionRepository extends JpaRepository<CaseSupervision, Long> {

    List<CaseSupervision> findByCaseIdOrderByNotedAtAscIdAsc(long caseId);
}
