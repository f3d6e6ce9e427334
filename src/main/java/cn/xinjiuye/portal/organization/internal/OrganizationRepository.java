package cn.xinjiuye.portal.organization.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface OrganizationRepository extends JpaRepository<PartyOrganization, Long> {

    /** The record of this name in a district (names are unique per district, V74). */
    Optional<PartyOrganization> findByDistrictIdAndName(long districtId, String name);

    /** The organizations of a region subtree, or (secretaryId set) those whose secretary that account is. */
    @Query("""
            select new cn.xinjiuye.portal.organization.internal.OrganizationRow(
                       o.id, o.name, o.type, p.id, r.name, o.industry, o.hasCommittee)
              from PartyOrganization o join o.region r left join o.parent p
             where (:secretaryId is null and r.path like concat(:prefix, '%'))
                or (:secretaryId is not null and o.secretaryAccountId = :secretaryId)
             order by o.name
            """)
    List<OrganizationRow> rows(String prefix, Long secretaryId);

    /** As {@link #rows}, of the given types, for choosing one. */
    @Query("""
            select new cn.xinjiuye.portal.organization.internal.Choice(o.id, o.name)
              from PartyOrganization o
             where ((:secretaryId is null and o.region.path like concat(:prefix, '%'))
                    or (:secretaryId is not null and o.secretaryAccountId = :secretaryId))
               and o.type in :types
             order by o.name
            """)
    List<Choice> choices(String prefix, Long secretaryId, Collection<OrganizationType> types);
}
