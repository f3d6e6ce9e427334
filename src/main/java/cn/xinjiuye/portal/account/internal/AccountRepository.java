package cn.xinjiuye.portal.account.internal;

import cn.xinjiuye.portal.common.security.Role;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface AccountRepository extends JpaRepository<Account, Long> {

    @EntityGraph(attributePaths = "region")
    @Query("select a from Account a where lower(a.username) = lower(:username)")
    Optional<Account> findByUsername(String username);

    @Query("select count(a) > 0 from Account a where lower(a.username) = lower(:username)")
    boolean usernameTaken(String username);

    @Override
    @EntityGraph(attributePaths = "region")
    Optional<Account> findById(Long id);

    boolean existsByPhone(String phone);

    /** A worker's number is their user name: a number is taken when either an account's name or phone is it. */
    default boolean numberTaken(String number) {
        return usernameTaken(number) || existsByPhone(number);
    }

    boolean existsByRole(Role role);

    /** The account list, one query for the page, by user name. */
    @Query(value = """
            select new cn.xinjiuye.portal.account.internal.AccountRow(
                       a.id, a.username, a.displayName, a.role, r.name, a.phone, a.enabled, a.mustChangePassword)
              from Account a left join a.region r
            """ + SEARCH + " order by a.username, a.id", countQuery = "select count(a) from Account a " + SEARCH)
    Page<AccountRow> search(String q, Role role, Boolean enabled, Pageable pageable);

    String SEARCH = """
             where (:q is null or lower(a.username) like lower(concat('%', cast(:q as string), '%'))
                               or a.displayName like concat('%', cast(:q as string), '%'))
               and (:role is null or a.role = :role)
               and (:enabled is null or a.enabled = :enabled)
            """;

    @Query("""
            select new cn.xinjiuye.portal.account.internal.AccountView(
                       a.id, a.username, a.displayName, a.phone, a.role, r.code, a.enabled, a.mustChangePassword,
                       a.version)
              from Account a left join a.region r
             where a.id = :id
            """)
    Optional<AccountView> view(long id);
}
