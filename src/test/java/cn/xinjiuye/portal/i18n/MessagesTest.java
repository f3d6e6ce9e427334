package cn.xinjiuye.portal.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xinjiuye.portal.common.Labelled;
import cn.xinjiuye.portal.common.security.Role;
import cn.xinjiuye.portal.organization.internal.EnterpriseService;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Fails when a message key is missing in either language, or used by a template or form but defined nowhere. */
class MessagesTest {

    static final Path I18N = Path.of("src/main/resources/i18n");
    static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([a-zA-Z0-9_.]+)");
    static final Pattern CONSTRAINT_KEY = Pattern.compile("message = \"\\{([a-zA-Z0-9_.]+)}\"");
    static final Pattern FLASH_KEY = Pattern.compile("\"([a-z]+(?:\\.[a-zA-Z0-9]+)+)\"");

    static Set<String> keysOf(Path file) throws IOException {
        Properties p = new Properties();
        try (Reader r = new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return new TreeSet<>(p.stringPropertyNames());
    }

    Set<String> bundleNames() throws IOException {
        Set<String> names = new TreeSet<>();
        try (Stream<Path> files = Files.list(I18N)) {
            files.map(f -> f.getFileName().toString())
                    .filter(n -> n.endsWith(".properties") && !n.contains("_"))
                    .forEach(n -> names.add(n.replace(".properties", "")));
        }
        return names;
    }

    Set<String> allKeys(String suffix) throws IOException {
        Set<String> keys = new HashSet<>();
        for (String bundle : bundleNames()) {
            keys.addAll(keysOf(I18N.resolve(bundle + suffix + ".properties")));
        }
        return keys;
    }

    @Test
    void everyBundleHasTheSameKeysInChineseAndEnglish() throws IOException {
        for (String bundle : bundleNames()) {
            Set<String> zh = keysOf(I18N.resolve(bundle + ".properties"));
            Set<String> en = keysOf(I18N.resolve(bundle + "_en.properties"));
            assertThat(en)
                    .as("keys of %s_en missing or extra against %s", bundle, bundle)
                    .isEqualTo(zh);
        }
    }

    @Test
    void everyKeyUsedInTemplatesAndCodeExists() throws IOException {
        Set<String> zh = allKeys("");
        Set<String> en = allKeys("_en");
        Set<String> used = new TreeSet<>();
        collect(Path.of("src/main/resources/templates"), ".html", TEMPLATE_KEY, used);
        collect(Path.of("src/main/java"), ".java", CONSTRAINT_KEY, used);
        Set<String> codeStrings = new TreeSet<>();
        collect(Path.of("src/main/java"), ".java", FLASH_KEY, codeStrings);
        // A string literal in code that starts like a message family ("region.", "account.") is a message key:
        // flash messages and rule violations must exist too.
        Set<String> families = new HashSet<>();
        zh.forEach(k -> families.add(k.substring(0, k.indexOf('.') + 1)));
        codeStrings.stream()
                .filter(k -> families.contains(k.substring(0, k.indexOf('.') + 1)))
                .forEach(used::add);
        // Keys passed to field fragments as string arguments, and the Excel headers.
        for (String k : java.util.List.of(
                "organization.regionCode",
                "organization.regionCode.help",
                "organization.secretaryUsername",
                "organization.secretaryUsername.help",
                "organization.choose",
                "organization.noParent",
                "enterprise.organization",
                "enterprise.instructorName",
                "enterprise.instructorSentOn",
                "enterprise.seedSentOn",
                "person.idNumber.help",
                "person.keep.help",
                "person.phone.help",
                "person.enterprise",
                "person.enterprise.none",
                "person.employerName",
                "person.branch.none",
                "person.initialStatus",
                "person.skillTitle.help",
                "pipeline.stepDate",
                "pipeline.approvingBody",
                "pipeline.extensionMonths",
                "pipeline.extensionMonths.help",
                "pipeline.note",
                "meeting.online.label",
                "mobile.person",
                "mobile.termMonths",
                "letter.evaluation.label",
                "letter.sentOn",
                "organization.hasPartyGroups")) used.add(k);
        for (Labelled value : labelledValues()) used.add(value.messageKey());
        for (EnterpriseService.Alert a : EnterpriseService.Alert.values()) used.add(a.messageKey() + ".long");
        for (java.time.DayOfWeek d : java.time.DayOfWeek.values()) used.add("station.day." + d);
        for (String c : new String[] {"site", "sign", "facilities", "rules", "books", "manager"})
            used.add("station.check." + c);
        Set<String> missingZh = new TreeSet<>(used);
        missingZh.removeAll(zh);
        Set<String> missingEn = new TreeSet<>(used);
        missingEn.removeAll(en);
        assertThat(missingZh).as("keys missing in Chinese").isEmpty();
        assertThat(missingEn).as("keys missing in English").isEmpty();
    }

    private static void collect(Path root, String suffix, Pattern pattern, Set<String> into) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(p -> p.toString().endsWith(suffix)).toList()) {
                Matcher m = pattern.matcher(Files.readString(f));
                while (m.find()) {
                    into.add(m.group(1));
                }
            }
        }
    }

    /** Every constant of every enum in the main code that implements {@link Labelled}, found by scanning. */
    static List<Labelled> labelledValues() {
        List<Labelled> values = new java.util.ArrayList<>();
        for (JavaClass c : new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("cn.xinjiuye.portal")) {
            if (c.isEnum() && c.isAssignableTo(Labelled.class)) {
                for (Object constant : c.reflect().getEnumConstants()) values.add((Labelled) constant);
            }
        }
        return values;
    }

    @Test
    void findsTheLabelledEnumsByItself() {
        assertThat(labelledValues())
                .hasSizeGreaterThan(30)
                .extracting(Object::getClass)
                .contains(Role.class);
    }
}
