package cn.xinjiuye.portal.organization.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface PipelineStepRepository extends JpaRepository<PipelineStep, Long> {

    @Query("select s from PipelineStep s where s.person.id = :personId order by s.stepDate, s.id")
    List<PipelineStep> findByPerson(@Param("personId") long personId);
}
