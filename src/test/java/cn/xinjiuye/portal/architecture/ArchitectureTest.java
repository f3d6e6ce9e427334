package cn.xinjiuye.portal.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

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

    @Test
    void controllersDoNotUseRepositories() {
        ArchitectureRules.controllersDoNotUseRepositories(ROOT).check(CLASSES);
    }

    @Test
    void onlyTheWebLayerDependsOnTheWebLayer() {
        ArchitectureRules.onlyTheWebLayerDependsOnTheWebLayer(ROOT).check(CLASSES);
    }

    @Test
    void commonDependsOnNoFeature() {
        ArchitectureRules.commonDependsOnNoFeature(ROOT).check(CLASSES);
    }

    @Test
    void timeComesFromTheClock() {
        ArchitectureRules.timeComesFromTheClock(ROOT).check(CLASSES);
    }
}
