package cn.xinjiuye.portal.governance.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CaseSupervisionRepository extends JpaRepository<CaseSupervision, Long> {

    @Query(
            "select new cn.xinjiuye.portal.governance.internal.SupervisionNote(s.id, s.note, s.notedBy, s.notedAt, "
                    + "s.reply, s.repliedBy, s.version) from CaseSupervision s where s.caseId = :caseId order by s.notedAt, s.id")
    List<SupervisionNote> notes(long caseId);
}
