package cn.xinjiuye.portal.organization.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface RepresentationRepository extends JpaRepository<Representation, Long> {

    @Query("select r from Representation r where r.person.id = :personId order by r.nominatedOn desc")
    List<Representation> findByPerson(@Param("personId") long personId);

    @Query(
            "select r from Representation r join fetch r.person p where p.region.path like concat(:prefix, '%') order by r.nominatedOn desc")
    List<Representation> findInScope(@Param("prefix") String prefix);
}
