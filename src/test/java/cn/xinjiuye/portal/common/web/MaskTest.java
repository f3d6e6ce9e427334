package cn.xinjiuye.portal.common.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MaskTest {

    final Mask mask = new Mask();

    @Test
    void phonesKeepTheirFirstThreeAndLastFourDigits() {
        assertThat(mask.phone("13812345678")).isEqualTo("138****5678");
        assertThat(mask.phone("12345")).isEqualTo("*****");
        assertThat(mask.phone(null)).isEmpty();
    }

    @Test
    void idNumbersKeepOnlyTheirEnds() {
        assertThat(mask.idNumber("21030219900101123X")).isEqualTo("210*************3X");
        assertThat(mask.idNumber("")).isEmpty();
    }
}
