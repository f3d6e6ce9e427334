package cn.xinjiuye.portal.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No module runs SQL on another module's tables: every string literal and text block of a module's main code is
 * searched for table names after FROM, JOIN, INTO, UPDATE and TABLE, and each name must belong to the module
 * (db/table-owners.properties) or be the shared kernel's region table.
 */
class TableOwnershipTest {

    static final Path MAIN = Path.of("src/main/java/cn/xinjiuye/portal");
    static final Path OWNERS = Path.of("src/main/resources/db/table-owners.properties");
    static final Set<String> SHARED = Set.of("region");
    /**
     * Demo loaders write the regions, accounts and records their own demo needs with SQL; they run only in demo
     * mode. They are listed so that nothing else can hide here (issue 12 drives the demo through the services).
     */
    static final Pattern EXEMPT_FILE = Pattern.compile(".*DemoData\\.java");

    static final Pattern STRING = Pattern.compile("\"\"\"(.*?)\"\"\"|\"((?:\\\\.|[^\"\\\\])*)\"", Pattern.DOTALL);
    /** Javadoc examples are not SQL that runs. */
    static final Pattern BLOCK_COMMENT = Pattern.compile("/\\*.*?\\*/", Pattern.DOTALL);

    static final Pattern TABLE = Pattern.compile("(?i:\\b(?:from|join|into|update|table)\\s+)([a-z_][a-z0-9_]*)\\b");

    @Test
    void modulesNameOnlyTheirOwnTables() throws IOException {
        Map<String, String> owners = owners();
        List<String> violations = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                if (EXEMPT_FILE.matcher(file.getFileName().toString()).matches()) {
                    continue;
                }
                String module = MAIN.relativize(file).getName(0).toString();
                violations.addAll(foreignTables(module, Files.readString(file), owners).stream()
                        .map(t -> file + " names " + t + " of module " + owners.get(t))
                        .toList());
            }
        }
        assertThat(violations).isEmpty();
    }

    @Test
    void theCheckFindsAForeignTable() throws IOException {
        String source =
                "class X { String sql = \"select a.username from department_account d join account a on true\"; }";
        assertThat(foreignTables("governance", source, owners())).containsExactly("account");
        assertThat(foreignTables("account", source, owners())).containsExactly("department_account");
        assertThat(foreignTables("governance", "/** e.g. \"select 1 from account\" */ class Y {}", owners()))
                .isEmpty();
    }

    @Test
    void everyTableOfTheMigrationsHasAnOwner() throws IOException {
        Set<String> created = new TreeSet<>();
        Pattern create = Pattern.compile("(?i)create table (?:if not exists )?([a-z_][a-z0-9_]*)");
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration"))) {
            for (Path f : files.toList()) {
                Matcher m = create.matcher(Files.readString(f));
                while (m.find()) {
                    created.add(m.group(1).toLowerCase());
                }
            }
        }
        assertThat(owners().keySet()).containsAll(created);
    }

    /** Tables named in the source's strings that belong to another module. */
    static Set<String> foreignTables(String module, String source, Map<String, String> owners) {
        Set<String> foreign = new TreeSet<>();
        Matcher s = STRING.matcher(BLOCK_COMMENT.matcher(source).replaceAll(""));
        while (s.find()) {
            String text = s.group(1) != null ? s.group(1) : s.group(2);
            Matcher t = TABLE.matcher(text);
            while (t.find()) {
                String table = t.group(1);
                String owner = owners.get(table);
                if (owner != null && !owner.equals(module) && !SHARED.contains(table)) {
                    foreign.add(table);
                }
            }
        }
        return foreign;
    }

    static Map<String, String> owners() throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(OWNERS, StandardCharsets.UTF_8)) {
            p.load(r);
        }
        Map<String, String> owners = new HashMap<>();
        p.forEach((module, tables) -> {
            for (String t : tables.toString().split(",")) {
                owners.put(t.trim(), module.toString());
            }
        });
        return owners;
    }
}
