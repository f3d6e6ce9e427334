package cn.xinjiuye.portal.governance.internal;

/** A request as an Open311 client posts it: a location (lat/long, address_string or address_id) and the community. */
public record ApiReport(
        CaseCategory category,
        String description,
        Double lat,
        Double lng,
        String address,
        String addressId,
        long communityId,
        String name,
        String phone,
        String mediaUrl) {}
