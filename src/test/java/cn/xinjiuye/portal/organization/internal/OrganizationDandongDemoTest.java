package cn.xinjiuye.portal.organization.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class OrganizationDandongDemoTest {

    @Test
    void theLastHalfYearWhoseLettersAreAllInEndedAtLeast45DaysBack() {
        assertThat(OrganizationDandongDemo.lastHalfYearWithLetters(LocalDate.of(2026, 12, 2)))
                .isEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(OrganizationDandongDemo.lastHalfYearWithLetters(LocalDate.of(2026, 8, 14)))
                .isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(OrganizationDandongDemo.lastHalfYearWithLetters(LocalDate.of(2026, 8, 15)))
                .isEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(OrganizationDandongDemo.lastHalfYearWithLetters(LocalDate.of(2027, 2, 14)))
                .isEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(OrganizationDandongDemo.lastHalfYearWithLetters(LocalDate.of(2028, 1, 1)))
                .isEqualTo(LocalDate.of(2027, 6, 30));
    }
}
