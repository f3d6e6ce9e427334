package cn.xinjiuye.portal.governance.internal;

import java.util.List;

/**
 * An Open311 client known by its key: the districts it may read and file in, the department whose system it is
 * (null for a reading or filing client; only a department's key pushes updates) and its own rate limit.
 */
public record ApiClient(long id, String name, List<Long> districtIds, Long departmentId, int perMinute) {

    /** Who the timeline names for what this client does. */
    public String actor() {
        String actor = "open311:" + name;
        return actor.length() > 40 ? actor.substring(0, 40) : actor;
    }
}
