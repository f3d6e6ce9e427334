package cn.xinjiuye.portal.station.internal;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface StationPhotoRepository extends JpaRepository<StationPhoto, Long> {

    /** The thumbnail alone, or the photo where there is none yet: one row, never both byte arrays. */
    @Query("""
            select new cn.xinjiuye.portal.station.internal.StationPhoto$Thumb(
                   case when p.thumb is null then p.contentType else 'image/jpeg' end,
                   coalesce(p.thumb, p.bytes))
              from StationPhoto p where p.stationId = :id
            """)
    Optional<StationPhoto.Thumb> thumbOf(long id);
}
