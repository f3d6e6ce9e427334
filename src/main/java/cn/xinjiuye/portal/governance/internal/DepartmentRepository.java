package cn.xinjiuye.portal.governance.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface DepartmentRepository extends JpaRepository<Department, Long> {

    List<Department> findByDistrictIdAndActiveTrueOrderByName(long districtId);

    Optional<Department> findByDistrictIdAndName(long districtId, String name);

    @Query(value = "select department_id from department_account where account_id = :account", nativeQuery = true)
    Optional<Long> departmentOf(@Param("account") long accountId);

    @Query(
            value = "select department_id from routing_rule where district_id = :district and category = :category",
            nativeQuery = true)
    Optional<Long> routedTo(@Param("district") long districtId, String category);
}
