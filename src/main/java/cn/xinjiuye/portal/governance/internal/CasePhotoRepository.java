package cn.xinjiuye.portal.governance.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface CasePhotoRepository extends JpaRepository<CasePhoto, Long> {

    @Query("select p.id from CasePhoto p where p.caseId = :caseId order by p.id")
    List<Long> idsOf(@Param("caseId") long caseId);
}
