package cn.xinjiuye.portal.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xinjiuye.portal.account.Occupation;
import cn.xinjiuye.portal.audit.AuditAction;
import cn.xinjiuye.portal.common.security.Role;
import cn.xinjiuye.portal.organization.Coverage;
import cn.xinjiuye.portal.organization.EnterpriseKind;
import cn.xinjiuye.portal.organization.EnterpriseService;
import cn.xinjiuye.portal.organization.Gender;
import cn.xinjiuye.portal.organization.Industry;
import cn.xinjiuye.portal.organization.MeetingKind;
import cn.xinjiuye.portal.organization.MeetingService;
import cn.xinjiuye.portal.organization.OrganizationType;
import cn.xinjiuye.portal.organization.PoliticalStatus;
import cn.xinjiuye.portal.organization.RepresentationKind;
import cn.xinjiuye.portal.organization.RepresentationLevel;
import cn.xinjiuye.portal.organization.RepresentationStatus;
import cn.xinjiuye.portal.organization.Standardization;
import cn.xinjiuye.portal.region.RegionLevel;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
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
        for (Role r : Role.values()) used.add(r.messageKey());
        for (RegionLevel l : RegionLevel.values()) used.add(l.messageKey());
        for (Occupation o : Occupation.values()) used.add(o.messageKey());
        for (AuditAction a : AuditAction.values()) used.add(a.messageKey());
        for (OrganizationType t : OrganizationType.values()) used.add(t.messageKey());
        for (Industry i : Industry.values()) used.add(i.messageKey());
        for (Standardization t : Standardization.values()) used.add(t.messageKey());
        for (EnterpriseKind k : EnterpriseKind.values()) used.add(k.messageKey());
        for (Coverage c : Coverage.values()) used.add(c.messageKey());
        for (EnterpriseService.Alert a : EnterpriseService.Alert.values()) {
            used.add(a.messageKey());
            used.add(a.messageKey() + ".long");
        }
        for (Gender g : Gender.values()) used.add(g.messageKey());
        for (PoliticalStatus p : PoliticalStatus.values()) used.add(p.messageKey());
        for (MeetingKind k : MeetingKind.values()) used.add(k.messageKey());
        for (MeetingService.CheckStatus c : MeetingService.CheckStatus.values()) used.add(c.messageKey());
        for (RepresentationKind k : RepresentationKind.values()) used.add(k.messageKey());
        for (RepresentationLevel l : RepresentationLevel.values()) used.add(l.messageKey());
        for (RepresentationStatus r : RepresentationStatus.values()) used.add(r.messageKey());
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
        for (var e : cn.xinjiuye.portal.care.Difficulty.values()) used.add(e.messageKey());
        for (var e : cn.xinjiuye.portal.care.AidStatus.values()) used.add(e.messageKey());
        for (var e : cn.xinjiuye.portal.care.ClaimantKind.values()) used.add(e.messageKey());
        for (var e : cn.xinjiuye.portal.care.ActivityKind.values()) used.add(e.messageKey());
        for (var e : cn.xinjiuye.portal.care.RecognitionKind.values()) used.add(e.messageKey());
        for (cn.xinjiuye.portal.station.HostType t : cn.xinjiuye.portal.station.HostType.values())
            used.add(t.messageKey());
        for (cn.xinjiuye.portal.station.Amenity a : cn.xinjiuye.portal.station.Amenity.values())
            used.add(a.messageKey());
        for (cn.xinjiuye.portal.station.StationStatus s : cn.xinjiuye.portal.station.StationStatus.values())
            used.add(s.messageKey());
        for (cn.xinjiuye.portal.station.ServiceKind k : cn.xinjiuye.portal.station.ServiceKind.values())
            used.add(k.messageKey());
        for (cn.xinjiuye.portal.station.Compliance c : cn.xinjiuye.portal.station.Compliance.values())
            used.add(c.messageKey());
        for (java.time.DayOfWeek d : java.time.DayOfWeek.values()) used.add("station.day." + d);
        for (var e : cn.xinjiuye.portal.governance.CaseCategory.values()) used.add(e.messageKey());
        for (var e : cn.xinjiuye.portal.governance.CaseStatus.values()) used.add(e.messageKey());
        for (var e : cn.xinjiuye.portal.governance.CaseSource.values()) used.add(e.messageKey());
        for (var e : cn.xinjiuye.portal.governance.CaseAction.values()) used.add(e.messageKey());
        for (var e : cn.xinjiuye.portal.governance.Rating.values()) used.add(e.messageKey());
        for (var e : cn.xinjiuye.portal.governance.TrafficLight.values()) used.add(e.messageKey());
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
}
