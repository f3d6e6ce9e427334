package cn.xinjiuye.portal.architecture;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

/** Each rule of {@link ArchitectureRules} can fail: on the fixture tree, which breaks each of them once. */
class ArchitectureRulesTest {

    static final String FIXTURES = "cn.xinjiuye.portal.architecture.fixtures";
    static final JavaClasses CLASSES = new ClassFileImporter().importPackages(FIXTURES);

    @Test
    void aControllerUsingARepositoryFails() {
        assertThatThrownBy(() -> ArchitectureRules.controllersDoNotUseRepositories(FIXTURES)
                        .check(CLASSES))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("FixtureController");
    }

    @Test
    void aServiceUsingAFormFails() {
        assertThatThrownBy(() -> ArchitectureRules.onlyTheWebLayerDependsOnTheWebLayer(FIXTURES)
                        .check(CLASSES))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("FixtureService");
    }

    @Test
    void commonUsingAFeatureFails() {
        assertThatThrownBy(() ->
                        ArchitectureRules.commonDependsOnNoFeature(FIXTURES).check(CLASSES))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("FixtureShared");
    }

    @Test
    void aDateFromTheJvmClockOrAZoneConstantFails() {
        assertThatThrownBy(
                        () -> ArchitectureRules.timeComesFromTheClock(FIXTURES).check(CLASSES))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("FixtureDates.today()")
                .hasMessageContaining("LocalDate.now()")
                .hasMessageContaining("ZoneId.of(java.lang.String)")
                .hasMessageContaining("Clock.systemUTC()")
                .hasMessageNotContaining("FixtureDates.fromTheClock");
    }
}
