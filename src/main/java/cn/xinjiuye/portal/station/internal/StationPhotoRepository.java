package cn.xinjiuye.portal.station.internal;

import org.springframework.data.jpa.repository.JpaRepository;

public interface StationPhotoRepository extends JpaRepository<StationPhoto, Long> {}
