package cn.xinjiuye.portal.station.internal;

import java.time.LocalDate;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface StationRepository extends JpaRepository<Station, Long> {

    /** The staff list's filters: region subtree, text, street, community, host type, amenity bit, 六有 standing. */
    String FILTER = """
            from station s join region r on r.id = s.region_id
             where s.active and r.path like :prefix || '%'
               and (cast(:q as text) is null or s.name like '%' || cast(:q as text) || '%'
                    or s.address like '%' || cast(:q as text) || '%')
               and (cast(:streetId as bigint) is null or r.parent_id = cast(:streetId as bigint))
               and (cast(:communityId as bigint) is null or s.region_id = cast(:communityId as bigint))
               and (cast(:hostType as text) is null or s.host_type = cast(:hostType as text))
               and (cast(:status as text) is null or s.status = cast(:status as text))
               and (cast(:amenity as integer) = 0 or (s.amenities & cast(:amenity as integer)) <> 0)
               and (cast(:compliance as text) is null
                    or (cast(:compliance as text) = 'COMPLIANT' and s.last_inspection_passed
                        and s.last_inspected_on >= cast(:cutoff as date))
                    or (cast(:compliance as text) = 'FAILED' and not s.last_inspection_passed)
                    or (cast(:compliance as text) = 'OVERDUE'
                        and (s.last_inspected_on is null or s.last_inspected_on < cast(:cutoff as date))))
            """;

    @Query(
            value = "select s.* " + FILTER + " order by r.path, s.name, s.id",
            countQuery = "select count(*) " + FILTER,
            nativeQuery = true)
    Page<Station> search(
            String prefix,
            String q,
            Long streetId,
            Long communityId,
            String hostType,
            String status,
            int amenity,
            String compliance,
            LocalDate cutoff,
            Pageable pageable);

    @Override
    @EntityGraph(attributePaths = "community")
    Optional<Station> findById(Long id);

    boolean existsByNameAndCommunityIdAndActiveTrue(String name, Long communityId);

    boolean existsByNameAndCommunityIdAndActiveTrueAndIdNot(String name, Long communityId, Long id);
}
