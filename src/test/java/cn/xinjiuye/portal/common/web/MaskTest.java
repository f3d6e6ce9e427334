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

    @Test
    void namesKeepTheirFirstCharacterAndPeopleShowMaskedNameAndPhone() {
        assertThat(mask.name("李小明")).isEqualTo("李**");
        assertThat(mask.name("李四")).isEqualTo("李*");
        assertThat(mask.name("𠮷野家")).isEqualTo("𠮷**");
        assertThat(mask.name(" ")).isEmpty();
        assertThat(mask.person("李小明", "13800110011")).isEqualTo("李** 138****0011");
        assertThat(mask.person(null, "13800110011")).isEqualTo("138****0011");
        assertThat(mask.person("李小明", null)).isEqualTo("李**");
    }
}
