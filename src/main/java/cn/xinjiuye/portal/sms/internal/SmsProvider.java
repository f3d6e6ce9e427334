package cn.xinjiuye.portal.sms.internal;

import java.util.Map;

/** Sends one message; never throws: every failure is an answer (retry later, or give up). */
public interface SmsProvider {

    /** A message as the sender hands it over. */
    record Outgoing(long id, String recipient, String kind, Map<String, String> params, String text) {}

    /** What became of a try. */
    record Outcome(Status status, String messageId, String error) {

        public static Outcome sent(String messageId) {
            return new Outcome(Status.SENT, messageId, null);
        }

        /** A passing failure (throttled, timed out): tried again later. */
        public static Outcome retry(String error) {
            return new Outcome(Status.RETRY, null, error);
        }

        /** The provider cannot reach the service at all: the rest of this run waits for the next one. */
        public static Outcome unreachable(String error) {
            return new Outcome(Status.UNREACHABLE, null, error);
        }

        /** A permanent failure (a bad number, an unknown template): never tried again. */
        public static Outcome failed(String error) {
            return new Outcome(Status.FAILED, null, error);
        }
    }

    enum Status {
        SENT,
        RETRY,
        UNREACHABLE,
        FAILED
    }

    /** The provider's setting name: {@code log} or {@code aliyun}. */
    String name();

    /** Whether administrators may read the codes in the messages (only when no real phone receives them). */
    boolean showsCodes();

    Outcome send(Outgoing message);
}
