package cn.xinjiuye.portal.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.lang.ArchRule;
import org.springframework.data.repository.Repository;

/**
 * The rules of the structure that Spring Modulith does not check (it checks module boundaries and cycles), each
 * for a root package, so that {@link ArchitectureRulesTest} can show every rule failing on a fixture tree.
 */
final class ArchitectureRules {

    private ArchitectureRules() {}

    /** Controllers go through services, which own the rules and the transactions. */
    static ArchRule controllersDoNotUseRepositories(String root) {
        return noClasses()
                .that()
                .resideInAPackage(root + "..web..")
                .should()
                .dependOnClassesThat()
                .areAssignableTo(Repository.class)
                .because("controllers go through services, which own the rules and the transactions");
    }

    /** Services and entities know nothing of controllers and forms (open311.web included). */
    static ArchRule onlyTheWebLayerDependsOnTheWebLayer(String root) {
        return noClasses()
                .that()
                .resideOutsideOfPackages(root + "..web..", root + ".config..")
                .and()
                .resideInAPackage(root + "..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage(root + "..web..")
                .because("services and entities must not know about controllers or forms");
    }

    /** common is the open shared module: it must not depend on any feature, or it would tie them together. */
    static ArchRule commonDependsOnNoFeature(String root) {
        return noClasses()
                .that()
                .resideInAPackage(root + ".common..")
                .should()
                .dependOnClassesThat(resideInAPackage(root + "..").and(not(resideInAPackage(root + ".common.."))))
                .because("common is shared by every module and depends on none");
    }
}
