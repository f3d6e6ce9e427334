package cn.xinjiuye.portal.station;

/**
 * A courier answered 这里正常吗? with something other than 正常 on a station's public page. Governance turns it into a
 * case of its category 驿站问题 for the station's community, or counts it on the open one of that station.
 *
 * @param answerId the answer's id: a republished event is recognised by it
 * @param problem what was wrong: CLOSED, MISSING_AMENITY or WRONG_LOCATION
 * @param description what the case should say, in Chinese (case descriptions are the reporters' words)
 */
public record StationProblemReported(
        long answerId,
        long stationId,
        long communityId,
        String problem,
        String description,
        double lat,
        double lng,
        String address) {}
