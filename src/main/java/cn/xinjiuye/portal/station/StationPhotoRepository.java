package cn.xinjiuye.portal.station;

import org.springframework.data.jpa.repository.JpaRepository;

interface StationPhotoRepository extends JpaRepository<StationPhoto, Long> {}
