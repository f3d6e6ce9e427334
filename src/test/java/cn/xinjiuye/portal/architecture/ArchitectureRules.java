package cn.xinjiuye.portal.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.domain.properties.HasName;
import com.tngtech.archunit.lang.ArchRule;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.TimeZone;
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

    /** The types whose {@code now()} reads a clock; only {@code now(Clock)} with the portal's clock is allowed. */
    private static final List<Class<?>> DATE_TYPES = List.of(
            LocalDate.class,
            LocalDateTime.class,
            LocalTime.class,
            Instant.class,
            ZonedDateTime.class,
            OffsetDateTime.class,
            Year.class,
            YearMonth.class);

    /**
     * One clock for all time: "now" and "today" come from the Clock bean (zone portal.time-zone), never from the
     * JVM's clock or zone, and no zone is named anywhere but in the configuration that builds that clock.
     */
    static ArchRule timeComesFromTheClock(String root) {
        return noClasses()
                .that()
                .resideInAPackage(root + "..")
                .and()
                .doNotHaveFullyQualifiedName(root + ".config.TimeConfig")
                .and()
                .doNotHaveFullyQualifiedName(root + ".common.time.MovableClock")
                .should()
                .callMethodWhere(readsTheJvmClockOrZone())
                .because("every now and today comes from the one Clock bean (config.TimeConfig, portal.time-zone, a"
                        + " common.time.MovableClock that alone reads the system time),"
                        + " so dates agree whatever the JVM's zone; use LocalDate.now(clock), clock.getZone()");
    }

    private static DescribedPredicate<JavaMethodCall> readsTheJvmClockOrZone() {
        return DescribedPredicate.describe("a clock or zone other than the portal's Clock", call -> {
            var target = call.getTarget();
            String name = target.getName();
            var owner = target.getOwner();
            if (name.equals("now") && DATE_TYPES.stream().anyMatch(owner::isEquivalentTo)) {
                List<String> params = target.getRawParameterTypes().stream()
                        .map(HasName::getName)
                        .toList();
                return !params.equals(List.of(Clock.class.getName()));
            }
            if (owner.isEquivalentTo(Clock.class)) {
                return name.equals("systemUTC") || name.equals("systemDefaultZone") || name.equals("system");
            }
            if (owner.isEquivalentTo(ZoneId.class)) {
                return name.equals("of") || name.equals("systemDefault");
            }
            if (owner.isEquivalentTo(TimeZone.class)) {
                return name.equals("getDefault") || name.equals("getTimeZone");
            }
            return owner.isEquivalentTo(System.class) && name.equals("currentTimeMillis");
        });
    }
}
