package cn.xinjiuye.portal.care.internal;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface VolunteerActivityRepository extends JpaRepository<VolunteerActivity, Long> {

    @Query(
            value = "select a from VolunteerActivity a join fetch a.team t join fetch t.region r "
                    + "where r.path like concat(:prefix, '%') and (:teamId is null or t.id = :teamId) "
                    + "and (:kind is null or a.kind = :kind) order by a.heldOn desc, a.id desc",
            countQuery = "select count(a) from VolunteerActivity a join a.team t join t.region r "
                    + "where r.path like concat(:prefix, '%') and (:teamId is null or t.id = :teamId) "
                    + "and (:kind is null or a.kind = :kind)")
    Page<VolunteerActivity> search(String prefix, Long teamId, ActivityKind kind, Pageable pageable);
}
