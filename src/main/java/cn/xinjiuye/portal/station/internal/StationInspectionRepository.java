package cn.xinjiuye.portal.station.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface StationInspectionRepository extends JpaRepository<StationInspection, Long> {

    List<StationInspection> findTop20ByStationIdOrderByInspectedOnDescIdDesc(long stationId);
}
