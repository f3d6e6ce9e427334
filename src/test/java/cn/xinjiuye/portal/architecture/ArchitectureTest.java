package cn.xinjiuye.portal.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;

/** The structure, checked in the build: package by feature, web → service → repository, no cycles. */
class ArchitectureTest {

    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("cn.xinjiuye.portal");

    @Test
    void featuresDoNotDependOnEachOtherInCycles() {
        ArchRule rule = slices().matching("cn.xinjiuye.portal.(*)..").should().beFreeOfCycles();
        rule.check(CLASSES);
    }

    @Test
    void controllersDoNotUseRepositories() {
        ArchRule rule = noClasses()
                .that()
                .resideInAPackage("..web..")
                .should()
                .dependOnClassesThat()
                .areAssignableTo(Repository.class)
                .because("controllers go through services, which own the rules and the transactions");
        rule.check(CLASSES);
    }

    @Test
    void onlyTheWebLayerDependsOnTheWebLayer() {
        ArchRule rule = noClasses()
                .that()
                .resideOutsideOfPackages("..web..", "..config..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("cn.xinjiuye.portal.(*).web..")
                .because("services and entities must not know about controllers or forms");
        rule.check(CLASSES);
    }

    /** Shared web plumbing lives in common.web; no feature's controllers use another feature's. */
    @Test
    void featuresDoNotReachIntoAnotherFeaturesWebPackage() {
        ArchRule rule = slices().matching("cn.xinjiuye.portal.(*).web..")
                .should()
                .notDependOnEachOther()
                .ignoreDependency(
                        JavaClass.Predicates.resideInAPackage("cn.xinjiuye.portal.."),
                        JavaClass.Predicates.resideInAPackage("cn.xinjiuye.portal.common.web.."));
        rule.check(CLASSES);
    }

    @Test
    void commonDependsOnNoFeature() {
        ArchRule rule = noClasses()
                .that()
                .resideInAPackage("cn.xinjiuye.portal.common..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "cn.xinjiuye.portal.region..",
                        "cn.xinjiuye.portal.account..",
                        "cn.xinjiuye.portal.audit..",
                        "cn.xinjiuye.portal.config..",
                        "cn.xinjiuye.portal.demo..",
                        "cn.xinjiuye.portal.home..",
                        "cn.xinjiuye.portal.care..",
                        "cn.xinjiuye.portal.dashboard..",
                        "cn.xinjiuye.portal.station..",
                        "cn.xinjiuye.portal.organization..",
                        "cn.xinjiuye.portal.governance..");
        rule.check(CLASSES);
    }
}
