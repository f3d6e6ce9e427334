package cn.xinjiuye.portal.organization.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface OrganizationRepository extends JpaRepository<PartyOrganization, Long> {

    Optional<PartyOrganization> findByName(String name);

    @Query(
            "select o from PartyOrganization o left join fetch o.parent where o.region.path like concat(:prefix, '%') order by o.name")
    List<PartyOrganization> findInScope(@Param("prefix") String prefix);

    @Query(
            "select o from PartyOrganization o left join fetch o.parent where o.secretaryAccountId = :accountId order by o.name")
    List<PartyOrganization> findBySecretary(@Param("accountId") long accountId);

    @Query("select count(o) from PartyOrganization o where o.parent.id = :id")
    long countChildren(@Param("id") long id);
}
