package cn.xinjiuye.portal.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The structure, checked in the build, beyond what {@link ModularityTest} checks (module boundaries, no cycles,
 * internals hidden): web → service → repository inside each module, a shared module that depends on none, and
 * one clock for every "now" and "today".
 */
class ArchitectureTest {

    static final String ROOT = "cn.xinjiuye.portal";
    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);

    static Stream<ArchRule> rules() {
        return Stream.of(
                ArchitectureRules.controllersDoNotUseRepositories(ROOT),
                ArchitectureRules.onlyTheWebLayerDependsOnTheWebLayer(ROOT),
                ArchitectureRules.commonDependsOnNoFeature(ROOT),
                ArchitectureRules.timeComesFromTheClock(ROOT));
    }

    /** Each rule holds for the portal's classes (ArchitectureRulesTest shows each one failing on fixtures). */
    @ParameterizedTest
    @MethodSource("rules")
    void holds(ArchRule rule) {
        rule.check(CLASSES);
    }
}
