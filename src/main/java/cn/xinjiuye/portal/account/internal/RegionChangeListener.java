package cn.xinjiuye.portal.account.internal;

import cn.xinjiuye.portal.region.RegionDeactivated;
import cn.xinjiuye.portal.region.RegionMoved;
import lombok.RequiredArgsConstructor;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A session keeps the region path it signed in with: when a region is moved or deactivated, the sessions of every
 * account in its subtree end (after the region's commit). Idempotent: a republished event ends nothing more.
 */
@Component
@RequiredArgsConstructor
class RegionChangeListener {

    private final AccountSessions sessions;

    @ApplicationModuleListener
    void on(RegionMoved moved) {
        sessions.endInSubtree(moved.regionId(), SessionEndReason.REGION_MOVED);
    }

    @ApplicationModuleListener
    void on(RegionDeactivated deactivated) {
        sessions.endInSubtree(deactivated.regionId(), SessionEndReason.REGION_DEACTIVATED);
    }
}
