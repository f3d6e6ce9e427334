package cn.xinjiuye.portal.common.limits;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xinjiuye.portal.support.AtOnce;
import cn.xinjiuye.portal.support.IntegrationTest;
import cn.xinjiuye.portal.support.TestClock;
import cn.xinjiuye.portal.support.TestValues;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class RateLimiterIntegrationTest {

    static final Duration WINDOW = Duration.ofMinutes(15);

    @Autowired
    RateLimiter limiter;

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    @Test
    void fortyAtOnceAgainstALimitOfTenLetExactlyTenThrough() throws Exception {
        String key = "addr-" + TestValues.next();
        TestClock.setBeijing(LocalDateTime.of(2026, 3, 2, 10, 1));
        @SuppressWarnings("unchecked")
        Callable<Boolean>[] tries = IntStream.range(0, 40)
                .mapToObj(i -> (Callable<Boolean>) () -> limiter.tryAcquire("test", key, 10, WINDOW))
                .toArray(Callable[]::new);

        List<Boolean> results = AtOnce.run(tries);

        assertThat(results).filteredOn(ok -> ok).hasSize(10);
        assertThat(limiter.hits("test", key, WINDOW)).isEqualTo(40);
        assertThat(limiter.exhausted("test", key, 10, WINDOW)).isTrue();
    }

    @Test
    void aNewWindowStartsAfresh() {
        String key = "addr-" + TestValues.next();
        TestClock.setBeijing(LocalDateTime.of(2026, 3, 2, 10, 14));
        assertThat(limiter.tryAcquire("test", key, 1, WINDOW)).isTrue();
        assertThat(limiter.tryAcquire("test", key, 1, WINDOW)).isFalse();

        TestClock.setBeijing(LocalDateTime.of(2026, 3, 2, 10, 15));
        assertThat(limiter.hits("test", key, WINDOW)).isZero();
        assertThat(limiter.tryAcquire("test", key, 1, WINDOW)).isTrue();
    }

    @Test
    void bucketsAndKeysCountApartAndClearForgets() {
        String key = "acct-" + TestValues.next();
        limiter.hit("a", key, WINDOW);
        limiter.hit("a", key, WINDOW);
        limiter.hit("b", key, WINDOW);
        assertThat(limiter.hits("a", key, WINDOW)).isEqualTo(2);
        assertThat(limiter.hits("b", key, WINDOW)).isEqualTo(1);
        assertThat(limiter.hits("a", key + "x", WINDOW)).isZero();

        limiter.clear("a", key);
        assertThat(limiter.hits("a", key, WINDOW)).isZero();
        assertThat(limiter.hits("b", key, WINDOW)).isEqualTo(1);
    }

    @Test
    void purgeDeletesOnlyOldWindows() {
        String key = "old-" + TestValues.next();
        TestClock.setBeijing(LocalDateTime.of(2026, 3, 1, 9, 0));
        limiter.hit("test", key, WINDOW);
        TestClock.setBeijing(LocalDateTime.of(2026, 3, 4, 9, 0));
        limiter.hit("test", key, WINDOW);

        limiter.purgeBefore(TestClock.INSTANCE.instant().minus(Duration.ofDays(2)));

        assertThat(limiter.hits("test", key, WINDOW)).isEqualTo(1);
        TestClock.setBeijing(LocalDateTime.of(2026, 3, 1, 9, 0));
        assertThat(limiter.hits("test", key, WINDOW)).isZero();
    }
}
