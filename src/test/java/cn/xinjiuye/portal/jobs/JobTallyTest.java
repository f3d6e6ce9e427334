package cn.xinjiuye.portal.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A job that fails on one record logs it, counts it and goes on with the rest. */
class JobTallyTest {

    @Test
    void aFailingRecordIsCountedAndTheOthersAreStillDone() {
        List<Integer> done = new ArrayList<>();
        JobResult result = new JobTally("test")
                .eachDone(List.of(1, 2, 3), r -> r, r -> {
                    if (r == 2) {
                        throw new IllegalStateException("record 2 is broken");
                    }
                    done.add(r);
                })
                .result("three records");

        assertThat(done).containsExactly(1, 3);
        assertThat(result.done()).isEqualTo(2);
        assertThat(result.failed()).isEqualTo(1);
        assertThat(result.partial()).isTrue();
    }
}
