package cn.xinjiuye.portal.governance.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface GovCaseRepository extends JpaRepository<GovCase, Long> {

    /** The case list: region subtree, optional department, status, category, community, case number, overdue only. */
    String FILTER = """
            from gov_case c
             where c.community_id in (select r.id from region r where r.path like :prefix || '%')
               and (cast(:departmentId as bigint) is null or c.department_id = cast(:departmentId as bigint))
               and (cast(:status as text) is null or c.status = cast(:status as text))
               and (cast(:category as text) is null or c.category = cast(:category as text))
               and (cast(:communityId as bigint) is null or c.community_id = cast(:communityId as bigint))
               and (cast(:caseNo as text) is null or c.case_no = cast(:caseNo as text))
            """;

    @Query(
            value = "select c.* " + FILTER + " order by c.submitted_at desc, c.id desc",
            countQuery = "select count(*) " + FILTER,
            nativeQuery = true)
    Page<GovCase> search(
            @Param("prefix") String prefix,
            @Param("departmentId") Long departmentId,
            @Param("status") String status,
            @Param("category") String category,
            @Param("communityId") Long communityId,
            @Param("caseNo") String caseNo,
            Pageable pageable);

    /** Open cases past their due date, most overdue first (covering partial index gov_case_overdue_idx, V31). */
    String OVERDUE = """
            from gov_case c
             where c.status in ('ACCEPTED', 'ASSIGNED', 'IN_PROGRESS') and c.due_on < cast(:today as date)
               and c.community_id in (select r.id from region r where r.path like :prefix || '%')
               and (cast(:departmentId as bigint) is null or c.department_id = cast(:departmentId as bigint))
            """;

    @Query(
            value = "select c.* " + OVERDUE + " order by c.due_on, c.id",
            countQuery = "select count(*) " + OVERDUE,
            nativeQuery = true)
    Page<GovCase> overdue(
            @Param("prefix") String prefix,
            @Param("departmentId") Long departmentId,
            @Param("today") LocalDate today,
            Pageable pageable);

    Optional<GovCase> findByCaseNo(String caseNo);

    List<GovCase> findByReceptionSessionIdOrderById(long sessionId);

    @Query(value = "select nextval('gov_case_no_seq')", nativeQuery = true)
    long nextNumber();

    @Query("select count(c) from GovCase c where c.reporterPhone = :phone and c.submittedAt > :since")
    long countByPhoneSince(@Param("phone") String phone, @Param("since") Instant since);

    @Query("select count(c) from GovCase c where c.remoteAddr = :addr and c.submittedAt > :since")
    long countByAddressSince(@Param("addr") String addr, @Param("since") Instant since);

    @Query(
            value = "select c.community_id from gov_case c where c.reporter_account_id = :account "
                    + "order by c.submitted_at desc limit 1",
            nativeQuery = true)
    Optional<Long> lastCommunityOf(@Param("account") long accountId);

    /** Earlier cases of a category near a point in the last days (duplicates), nearest first. */
    @Query(value = """
            select c.case_no as caseNo, c.status as status, c.submitted_at as submittedAt, c.description as description,
                   earth_distance(ll_to_earth(:lat, :lng), ll_to_earth(c.lat, c.lng)) as distance
              from gov_case c
             where c.lat is not null
               and earth_box(ll_to_earth(:lat, :lng), :radius) @> ll_to_earth(c.lat, c.lng)
               and earth_distance(ll_to_earth(:lat, :lng), ll_to_earth(c.lat, c.lng)) <= :radius
               and c.category = :category and c.submitted_at > :since and c.status <> 'REJECTED'
             order by distance, c.id
             limit 5
            """, nativeQuery = true)
    List<NearbyRow> nearby(
            @Param("lat") double lat,
            @Param("lng") double lng,
            @Param("radius") double radius,
            @Param("category") String category,
            @Param("since") Instant since);

    interface NearbyRow {
        String getCaseNo();

        String getStatus();

        Instant getSubmittedAt();

        String getDescription();

        Double getDistance();
    }

    @Query(value = """
            select c.* from gov_case c
             where (cast(:state as text) is null
                    or (cast(:state as text) = 'closed') = (c.status in ('CLOSED', 'REJECTED')))
               and (cast(:category as text) is null or c.category = cast(:category as text))
               and (cast(:from as timestamptz) is null or c.submitted_at >= cast(:from as timestamptz))
               and (cast(:to as timestamptz) is null or c.submitted_at < cast(:to as timestamptz))
             order by c.submitted_at desc, c.id desc
            """, nativeQuery = true)
    Page<GovCase> open311(
            @Param("state") String state,
            @Param("category") String category,
            @Param("from") Instant from,
            @Param("to") Instant to,
            Pageable pageable);
}
