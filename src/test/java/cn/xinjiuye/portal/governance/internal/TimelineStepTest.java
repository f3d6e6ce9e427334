package cn.xinjiuye.portal.governance.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Notes that are codes are shown by their message key, in the reader's language; people's words as written. */
class TimelineStepTest {

    static TimelineStep step(CaseAction action, String note) {
        return new TimelineStep(Instant.EPOCH, "fukang", action, note);
    }

    @Test
    void ratingsAndTheGreenChannelAreWords() {
        assertThat(step(CaseAction.RATE, "DISSATISFIED").noteKey()).isEqualTo("case.rating.DISSATISFIED");
        assertThat(step(CaseAction.ACCEPT, TimelineStep.GREEN_CHANNEL_NOTE).noteKey())
                .isEqualTo("case.greenChannel.short");
    }

    @Test
    void peoplesWordsStayAsWritten() {
        assertThat(step(CaseAction.REJECT, "DISSATISFIED").noteKey()).isNull();
        assertThat(step(CaseAction.RATE, "很好").noteKey()).isNull();
        assertThat(step(CaseAction.RATE, null).noteKey()).isNull();
    }
}
