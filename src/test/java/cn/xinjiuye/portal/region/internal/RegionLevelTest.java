package cn.xinjiuye.portal.region.internal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xinjiuye.portal.region.RegionLevel;
import org.junit.jupiter.api.Test;

public class RegionLevelTest {

    @Test
    void codesFollowTheNationalFormatOfEachLevel() {
        assertThat(RegionLevel.PROVINCE.isWellFormed("210000")).isTrue();
        assertThat(RegionLevel.PROVINCE.isWellFormed("210100")).isFalse();
        assertThat(RegionLevel.CITY.isWellFormed("210300")).isTrue();
        assertThat(RegionLevel.CITY.isWellFormed("210000")).isFalse();
        assertThat(RegionLevel.DISTRICT.isWellFormed("210302")).isTrue();
        assertThat(RegionLevel.DISTRICT.isWellFormed("210300")).isFalse();
        assertThat(RegionLevel.STREET.isWellFormed("210302011")).isTrue();
        assertThat(RegionLevel.COMMUNITY.isWellFormed("210302011001")).isTrue();
        assertThat(RegionLevel.GRID.isWellFormed("210302011001001")).isTrue();
        assertThat(RegionLevel.GRID.isWellFormed("21030201100100a")).isFalse();
        assertThat(RegionLevel.STREET.isWellFormed("2103020110")).isFalse();
    }

    @Test
    void childrenRepeatTheParentsSignificantDigits() {
        assertThat(RegionLevel.PROVINCE.childPrefix("210000")).isEqualTo("21");
        assertThat(RegionLevel.CITY.childPrefix("210300")).isEqualTo("2103");
        assertThat(RegionLevel.DISTRICT.childPrefix("210302")).isEqualTo("210302");
        assertThat(RegionLevel.STREET.childPrefix("210302011")).isEqualTo("210302011");
        assertThat(RegionLevel.GRID.child()).isNull();
        assertThat(RegionLevel.COMMUNITY.parent()).isEqualTo(RegionLevel.STREET);
    }
}
