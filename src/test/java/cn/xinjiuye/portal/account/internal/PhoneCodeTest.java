package cn.xinjiuye.portal.account.internal;

import cn.xinjiuye.portal.support.PortalIntegrationTest;
import cn.xinjiuye.portal.support.TestClock;
import cn.xinjiuye.portal.support.TestValues;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * A test of a flow that proves a number with a code (registration, password recovery, phone change): a fresh number
 * and the flow before each test (before the subclass's own set-up), the test clock reset after it.
 */
abstract class PhoneCodeTest extends PortalIntegrationTest {

    PhoneCodeFlow flow;
    String phone;

    @BeforeEach
    void aFreshNumber() {
        flow = new PhoneCodeFlow(mvc, jdbc);
        phone = TestValues.mobile();
    }

    @AfterEach
    void resetTheClock() {
        TestClock.reset();
    }
}
