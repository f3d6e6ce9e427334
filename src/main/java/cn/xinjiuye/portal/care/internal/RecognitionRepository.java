package cn.xinjiuye.portal.care.internal;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface RecognitionRepository extends JpaRepository<Recognition, Long> {

    @Query(
            value = "select x from Recognition x join fetch x.region r where r.path like concat(:prefix, '%') "
                    + "and (:kind is null or x.kind = :kind) order by x.awardedOn desc, x.id desc",
            countQuery = "select count(x) from Recognition x join x.region r where r.path like concat(:prefix, '%') "
                    + "and (:kind is null or x.kind = :kind)")
    Page<Recognition> search(String prefix, RecognitionKind kind, Pageable pageable);
}
