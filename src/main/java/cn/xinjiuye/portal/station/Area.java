package cn.xinjiuye.portal.station;

/** A community with stations, offered when a courier's location is unknown: its stations' centre point. */
public record Area(long id, String name, String streetName, double lat, double lng, int stations) {}
