package cn.xinjiuye.portal.care.internal;

import java.math.BigDecimal;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface AidHelpRepository extends JpaRepository<AidHelp, Long> {

    @Query("select h from AidHelp h where h.aidPackage.id = :packageId order by h.helpedOn desc, h.id desc")
    List<AidHelp> findForPackage(long packageId);

    @Query("select coalesce(sum(h.valueYuan), 0) from AidHelp h where h.aidPackage.id = :packageId")
    BigDecimal totalValue(long packageId);
}
