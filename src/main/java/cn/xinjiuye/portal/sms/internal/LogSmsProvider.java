package cn.xinjiuye.portal.sms.internal;

import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo's and tests' provider: a message is only recorded (its row in the outbox, shown on /admin/sms) and
 * logged by id and kind, without the number or the text. Nobody's phone receives anything.
 */
class LogSmsProvider implements SmsProvider {

    private static final Logger log = LoggerFactory.getLogger(LogSmsProvider.class);

    @Override
    public String name() {
        return "log";
    }

    @Override
    public boolean showsCodes() {
        return true;
    }

    @Override
    public Outcome send(Outgoing message) {
        log.info("SMS {} ({}): recorded, not sent", message.id(), message.kind());
        return Outcome.sent("log-" + UUID.randomUUID());
    }
}
