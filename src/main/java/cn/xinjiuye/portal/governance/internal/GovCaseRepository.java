package cn.xinjiuye.portal.governance.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface GovCaseRepository extends JpaRepository<GovCase, Long> {

    /** The staff page's view of a case, with its community's and department's names. */
    @Query("""
            select new cn.xinjiuye.portal.governance.internal.CaseView(c.id, c.version, c.caseNo, c.source, c.category,
                   c.status, c.greenChannel, c.description, r.name, c.address, c.lat, c.lng, c.reporterName,
                   c.reporterPhone, c.submittedAt, d.name, c.startedOn, c.dueOn, c.pendingExtensionDays,
                   c.pendingExtensionReason, c.rejectReason, c.resolutionNote, c.rating,
                   c.publicVisible, c.publicText, c.mediaUrl, c.addressId)
              from GovCase c join c.community r left join c.department d
             where c.id = :id
            """)
    Optional<CaseView> view(long id);

    /** The cases filed from a reception session, in the order of its concern list. */
    @Query("""
            select new cn.xinjiuye.portal.governance.internal.ReceptionCase(c.id, c.caseNo, c.category, c.description,
                   c.status, c.dueOn)
              from GovCase c where c.receptionSessionId = :sessionId order by c.id
            """)
    List<ReceptionCase> ofReception(long sessionId);

    Optional<GovCase> findByCaseNo(String caseNo);

    @Query(value = "select nextval('gov_case_no_seq')", nativeQuery = true)
    long nextNumber();

    @Query(
            value = "select c.community_id from gov_case c where c.reporter_account_id = :account "
                    + "order by c.submitted_at desc limit 1",
            nativeQuery = true)
    Optional<Long> lastCommunityOf(@Param("account") long accountId);

    /** Earlier cases of a category near a point in the last days (duplicates), nearest first. */
    @Query(value = """
            select c.case_no as caseNo, c.status as status, c.submitted_at as submittedAt,
                   case when c.public_visible then c.public_text end as description,
                   earth_distance(ll_to_earth(:lat, :lng), ll_to_earth(c.lat, c.lng)) as distance
              from gov_case c
             where c.lat is not null
               and earth_box(ll_to_earth(:lat, :lng), :radius) @> ll_to_earth(c.lat, c.lng)
               and earth_distance(ll_to_earth(:lat, :lng), ll_to_earth(c.lat, c.lng)) <= :radius
               and c.category = :category and c.submitted_at > :since and c.status <> 'REJECTED'
             order by distance, c.id
             limit 5
            """, nativeQuery = true)
    List<NearbyRow> nearby(double lat, double lng, double radius, String category, Instant since);

    interface NearbyRow {
        String getCaseNo();

        String getStatus();

        Instant getSubmittedAt();

        String getDescription();

        Double getDistance();
    }

    /** The cases a signed-in reporter filed, newest first (index gov_case_reporter_idx). */
    Page<GovCase> findByReporterAccountIdOrderBySubmittedAtDescIdDesc(long reporterAccountId, Pageable pageable);
}
