package cn.xinjiuye.portal.support;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

/**
 * Unique values for tests, from a sequence seeded once per JVM from a random UUID: never from clock digits, which
 * repeat between runs and change length with the machine's uptime. Tests share one database, so every value a test
 * inserts must be new.
 */
public final class TestValues {

    private static final AtomicLong SEQ =
            new AtomicLong(Math.floorMod(UUID.randomUUID().getLeastSignificantBits(), 1_000_000L) * 1000);

    private TestValues() {}

    /** The next number of the sequence, unique within this JVM. */
    public static long next() {
        return SEQ.incrementAndGet();
    }

    /** A unique mainland mobile number (199 + 8 digits). */
    public static String mobile() {
        return "199" + String.format("%08d", next() % 100_000_000L);
    }

    /** A unique short text with a prefix, e.g. {@code name("驿站")}. */
    public static String name(String prefix) {
        return prefix + next();
    }

    /** A unique digit string of the given length (at most 18), e.g. for region codes. */
    public static String digits(int length) {
        long mod = (long) Math.pow(10, length);
        return String.format("%0" + length + "d", next() % mod);
    }

    /**
     * A code of {@code prefix} and {@code length} more digits that {@code taken} does not know yet, for codes from a
     * small space (a grid's three digits under its community) where demo data or an earlier run may hold some.
     */
    public static String unused(String prefix, int length, Predicate<String> taken) {
        long mod = (long) Math.pow(10, length);
        for (long i = 0; i < mod; i++) {
            String code = prefix + digits(length);
            if (!taken.test(code)) {
                return code;
            }
        }
        throw new IllegalStateException("every code " + prefix + " + " + length + " digits is taken");
    }

    /** A unique client address in 10.0.0.0/8, for per-address limits. */
    public static String address() {
        long n = next();
        return "10." + (n / 65536 % 256) + "." + (n / 256 % 256) + "." + (n % 256);
    }
}
