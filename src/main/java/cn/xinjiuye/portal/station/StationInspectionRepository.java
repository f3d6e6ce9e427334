package cn.xinjiuye.portal.station;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface StationInspectionRepository extends JpaRepository<StationInspection, Long> {

    List<StationInspection> findTop20ByStationIdOrderByInspectedOnDescIdDesc(long stationId);
}
