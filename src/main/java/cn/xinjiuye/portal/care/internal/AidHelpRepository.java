package cn.xinjiuye.portal.care.internal;

import java.math.BigDecimal;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface AidHelpRepository extends JpaRepository<AidHelp, Long> {

    @Query("select h from AidHelp h where h.aidPackage.id = :packageId order by h.helpedOn desc, h.id desc")
    List<AidHelp> findForPackage(@Param("packageId") long packageId);

    @Query("select coalesce(sum(h.valueYuan), 0) from AidHelp h where h.aidPackage.id = :packageId")
    BigDecimal totalValue(@Param("packageId") long packageId);
}
