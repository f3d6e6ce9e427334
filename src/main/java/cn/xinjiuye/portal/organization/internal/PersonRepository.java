package cn.xinjiuye.portal.organization.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PersonRepository extends JpaRepository<Person, Long> {

    /** The person of an ID number, by its blind indexes under each configured key. */
    Optional<Person> findFirstByIdBlindIndexIn(Collection<String> blindIndexes);

    boolean existsByIdBlindIndexIn(Collection<String> blindIndexes);

    /** The filter of {@link #search}, shared by the page's query and its count. */
    String SEARCH_FILTER = """
             where ((:secretaryId is null and p.region.path like concat(:prefix, '%'))
                    or (:secretaryId is not null and b.secretaryAccountId = :secretaryId))
               and (:q is null or p.name like concat('%', cast(:q as string), '%') or p.phone = :q
                    or p.idBlindIndex = :blind or p.idBlindIndex = :previousBlind)
               and (:status is null or p.politicalStatus = :status)
               and (:branchId is null or b.id = :branchId)
            """;

    /**
     * The people list, one query for the page: people of a region subtree, or (secretaryId set) of the branches that
     * account is secretary of. {@code q} is a name part, a phone, or (blind, previousBlind) an exact ID number.
     */
    @Query(
            value = """
            select new cn.xinjiuye.portal.organization.internal.PersonRow(
                       p.id, p.name, p.idMasked, p.phone, p.occupation, coalesce(e.name, p.employerName), b.name,
                       p.politicalStatus)
              from Person p left join p.branch b left join p.enterprise e
            """ + SEARCH_FILTER + " order by p.name, p.id",
            countQuery = "select count(p) from Person p left join p.branch b " + SEARCH_FILTER)
    Page<PersonRow> search(
            String prefix,
            Long secretaryId,
            String q,
            String blind,
            String previousBlind,
            PoliticalStatus status,
            Long branchId,
            Pageable pageable);

    /** The people of the export, as {@link #search} finds them without a filter. */
    @Query("""
            select new cn.xinjiuye.portal.organization.internal.PersonSheetRow(
                       p.name, p.gender, p.birthDate, p.idMasked, p.phone, p.occupation,
                       coalesce(e.name, p.employerName), r.code, b.name, p.politicalStatus, p.statusSince)
              from Person p join p.region r left join p.branch b left join p.enterprise e
             where (:secretaryId is null and r.path like concat(:prefix, '%'))
                or (:secretaryId is not null and b.secretaryAccountId = :secretaryId)
             order by p.name, p.id
            """)
    List<PersonSheetRow> sheet(String prefix, Long secretaryId);

    /** Party members of one status the user sees, by name: candidates for a dual-management agreement. */
    @Query("""
            select new cn.xinjiuye.portal.organization.internal.Choice(p.id, p.name)
              from Person p left join p.branch b
             where ((:secretaryId is null and p.region.path like concat(:prefix, '%'))
                    or (:secretaryId is not null and b.secretaryAccountId = :secretaryId))
               and p.politicalStatus = :status
             order by p.name, p.id
            """)
    List<Choice> choices(String prefix, Long secretaryId, PoliticalStatus status, Limit limit);

    @Query("select p from Person p where p.branch.id = :branchId order by p.name")
    List<Person> findByBranch(long branchId);

    @Query("""
            select new cn.xinjiuye.portal.organization.internal.AttendeeOption(p.id, p.name, p.politicalStatus)
              from Person p where p.branch.id = :branchId order by p.name
            """)
    List<AttendeeOption> attendeeOptions(long branchId);

    @Query("select p from Person p where p.branch.id = :branchId and p.politicalStatus in :statuses order by p.name")
    List<Person> findByBranchAndStatus(long branchId, Collection<PoliticalStatus> statuses);

    /** Party members (probationary or full) and full members among a group's people, for the two counts below. */
    String MEMBER_COUNTS = """
            sum(case when p.politicalStatus in (cn.xinjiuye.portal.organization.internal.PoliticalStatus.PROBATIONARY,
                                                cn.xinjiuye.portal.organization.internal.PoliticalStatus.FULL_MEMBER) then 1 else 0 end),
            sum(case when p.politicalStatus = cn.xinjiuye.portal.organization.internal.PoliticalStatus.FULL_MEMBER then 1 else 0 end)
            """;

    /** [organization id, Party members, full members] for the given branches. */
    @Query("select p.branch.id, " + MEMBER_COUNTS + " from Person p where p.branch.id in :ids group by p.branch.id")
    List<Object[]> countMembersByBranch(Collection<Long> ids);

    /** [enterprise id, Party members, full members] for the given enterprises. */
    @Query("select p.enterprise.id, " + MEMBER_COUNTS
            + " from Person p where p.enterprise.id in :ids group by p.enterprise.id")
    List<Object[]> countMembersByEnterprise(Collection<Long> ids);
}
