package cn.xinjiuye.portal.station.internal;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ServiceRecordRepository extends JpaRepository<ServiceRecord, Long> {

    List<ServiceRecord> findTop20ByStationIdOrderByServedOnDescIdDesc(long stationId);

    /** Totals per kind over the station's whole history. */
    @Query("select r.kind, sum(r.count) from ServiceRecord r where r.stationId = :id group by r.kind")
    List<Object[]> totalsByKind(@Param("id") long stationId);

    /** How many services of a kind the station has delivered in all. */
    @Query("select coalesce(sum(r.count), 0) from ServiceRecord r where r.stationId = :id and r.kind = :kind")
    long totalOf(@Param("id") long stationId, ServiceKind kind);

    /** Totals per month ("2026-03") since a date, oldest first. */
    @Query(value = """
            select to_char(served_on, 'YYYY-MM') as month, sum(count) from station_service
             where station_id = :id and served_on >= :since group by 1 order by 1
            """, nativeQuery = true)
    List<Object[]> totalsByMonth(@Param("id") long stationId, LocalDate since);
}
