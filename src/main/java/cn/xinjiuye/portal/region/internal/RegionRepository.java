package cn.xinjiuye.portal.region.internal;

import cn.xinjiuye.portal.region.Region;
import cn.xinjiuye.portal.region.RegionLevel;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface RegionRepository extends JpaRepository<Region, Long> {

    @Override
    @EntityGraph(attributePaths = "parent")
    Optional<Region> findById(Long id);

    @EntityGraph(attributePaths = "parent")
    Optional<Region> findByCode(String code);

    boolean existsByCode(String code);

    List<Region> findByParentIdAndActiveTrueOrderByCode(Long parentId);

    /** A subtree (by path prefix, on the text_pattern_ops index), filtered, in tree order. */
    @Query("""
            select r from Region r
             where r.path like concat(:prefix, '%')
               and (:q is null or r.name like concat('%', cast(:q as string), '%') or r.code like concat(cast(:q as string), '%'))
               and (:level is null or r.level = :level)
               and (:active is null or r.active = :active)
             order by r.path
            """)
    Page<Region> search(String prefix, String q, RegionLevel level, Boolean active, Pageable pageable);

    @Query(
            "select r from Region r where r.path like concat(:prefix, '%') and r.level = :level and r.active = true order by r.code")
    List<Region> findActiveInSubtreeByLevel(String prefix, RegionLevel level);

    @Query("select count(r) from Region r where r.parent.id = :id and r.active = true")
    long countActiveChildren(long id);

    /** Re-roots the paths of a moved subtree in one statement. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query(
            value = "update region set path = :newPrefix || substr(path, length(:oldPrefix) + 1), updated_at = now() "
                    + "where path like :oldPrefix || '%'",
            nativeQuery = true)
    int rebasePaths(String oldPrefix, String newPrefix);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query(
            value = "update region set active = :active, version = version + 1, updated_at = now() "
                    + "where path like :prefix || '%' and active <> :active",
            nativeQuery = true)
    int setActiveForSubtree(String prefix, boolean active);
}
