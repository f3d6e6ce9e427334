package cn.xinjiuye.portal.account.internal;

import cn.xinjiuye.portal.common.security.Role;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface AccountRepository extends JpaRepository<Account, Long> {

    @EntityGraph(attributePaths = "region")
    @Query("select a from Account a where lower(a.username) = lower(:username)")
    Optional<Account> findByUsername(@Param("username") String username);

    @Query("select count(a) > 0 from Account a where lower(a.username) = lower(:username)")
    boolean usernameTaken(@Param("username") String username);

    @Override
    @EntityGraph(attributePaths = "region")
    Optional<Account> findById(Long id);

    boolean existsByPhone(String phone);

    boolean existsByRole(Role role);

    @EntityGraph(attributePaths = "region")
    @Query("""
            select a from Account a left join a.region r
             where (:q is null or lower(a.username) like lower(concat('%', cast(:q as string), '%'))
                               or a.displayName like concat('%', cast(:q as string), '%'))
               and (:role is null or a.role = :role)
               and (:enabled is null or a.enabled = :enabled)
            """)
    Page<Account> search(
            @Param("q") String q, @Param("role") Role role, @Param("enabled") Boolean enabled, Pageable pageable);
}
