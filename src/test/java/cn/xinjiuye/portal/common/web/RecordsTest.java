package cn.xinjiuye.portal.common.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RecordsTest {

    record Data(String name, int size, boolean flag) {}

    record Editing(Long id, long version, Data data) {}

    record Form(String name, Integer size, Boolean flag, Long version) {}

    record Renamed(String title, int size) {}

    record Checked(String name) {
        Checked {
            if (name.isBlank()) {
                throw new IllegalArgumentException("blank");
            }
        }
    }

    @Test
    void buildsARecordFromTheComponentsOfTheSameNameTheFirstSourceFirst() {
        Data data = new Data("王明", 3, true);

        Form form = Records.copy(Form.class, data, new Editing(7L, 4, data));

        assertThat(form).isEqualTo(new Form("王明", 3, true, 4L));
        assertThat(Records.copy(Data.class, form)).isEqualTo(data);
    }

    @Test
    void anEmptyBooleanIsFalseWhereTheRecordTakesABoolean() {
        assertThat(Records.copy(Data.class, new Form("王明", 3, null, null))).isEqualTo(new Data("王明", 3, false));
    }

    @Test
    void aComponentNoSourceHasIsRefusedByName() {
        assertThatThrownBy(() -> Records.copy(Renamed.class, new Data("王明", 3, true)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Renamed.title");
    }

    @Test
    void anEmptyNumberCannotBecomeAnInt() {
        assertThatThrownBy(() -> Records.copy(Data.class, new Form("王明", null, true, null)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(Data.class.getName());
    }

    @Test
    void theRecordsOwnRefusalComesThroughAsItIs() {
        assertThatThrownBy(() -> Records.copy(Checked.class, new Data(" ", 1, false)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("blank");
    }
}
