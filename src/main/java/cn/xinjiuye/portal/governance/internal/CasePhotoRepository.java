package cn.xinjiuye.portal.governance.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CasePhotoRepository extends JpaRepository<CasePhoto, Long> {

    @Query("select p.id from CasePhoto p where p.caseId = :caseId order by p.id")
    List<Long> idsOf(long caseId);
}
