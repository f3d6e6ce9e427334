package cn.xinjiuye.portal.support;

import cn.xinjiuye.portal.common.time.PortalTime;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Hands {@link TestClock} to {@link PortalTime} before any test runs (registered in
 * META-INF/services), so that unit tests that build entities without Spring stamp them on the tests' clock too.
 */
public class TestClockSession implements LauncherSessionListener {

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        PortalTime.use(TestClock.INSTANCE);
    }
}
