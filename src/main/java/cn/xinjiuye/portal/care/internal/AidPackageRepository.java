package cn.xinjiuye.portal.care.internal;

import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface AidPackageRepository extends JpaRepository<AidPackage, Long> {

    @Override
    @EntityGraph(attributePaths = "community")
    Optional<AidPackage> findById(Long id);

    boolean existsByCode(String code);

    @EntityGraph(attributePaths = "community")
    @Query("""
            select p from AidPackage p join p.community c
             where c.path like concat(:prefix, '%')
               and (:status is null or p.status = :status)
               and (:difficulty is null or p.difficulty = :difficulty)
               and (:q is null or p.code like concat('%', cast(:q as string), '%')
                               or p.needs like concat('%', cast(:q as string), '%')
                               or p.claimantName like concat('%', cast(:q as string), '%'))
             order by p.status, p.code
            """)
    Page<AidPackage> search(String prefix, String q, AidStatus status, Difficulty difficulty, Pageable pageable);
}
