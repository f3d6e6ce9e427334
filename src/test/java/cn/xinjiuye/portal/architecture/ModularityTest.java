package cn.xinjiuye.portal.architecture;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.xinjiuye.portal.PortalApplication;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import net.sourceforge.plantuml.FileFormat;
import net.sourceforge.plantuml.FileFormatOption;
import net.sourceforge.plantuml.SourceStringReader;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.Violations;
import org.springframework.modulith.docs.Documenter;

/** Spring Modulith checks the modules: no cycles, and no module reaches into another's internal packages. */
class ModularityTest {

    static final ApplicationModules MODULES = ApplicationModules.of(PortalApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        MODULES.verify();
    }

    /** The check can fail: a fixture module that reaches into another's internal package is refused. */
    @Test
    void aModuleUsingAnotherModulesInternalsFails() {
        ApplicationModules fixtures =
                ApplicationModules.of("cn.xinjiuye.portal.architecture.modulefixtures", location -> true);
        assertThatThrownBy(fixtures::verify).isInstanceOf(Violations.class).hasMessageContaining("AlphaSecret");
    }

    /**
     * The module diagram and canvases, into target/spring-modulith-docs. The copies in docs/modules (linked from the
     * README) are refreshed with {@code ./mvnw test -Dtest=ModularityTest -Dmodulith.docs=docs/modules}: the
     * Documenter's order of lines varies between runs, so the build does not rewrite tracked files.
     */
    @Test
    void writesTheModuleDocumentation() throws IOException {
        String folder = System.getProperty("modulith.docs", "target/spring-modulith-docs");
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(folder))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
        if (System.getProperty("modulith.docs") != null) {
            render(Path.of(folder, "components.puml"), Path.of(folder, "components.png"));
        }
    }

    /** The overview as a picture for the README, laid out by PlantUML's own engine (no Graphviz needed). */
    static void render(Path puml, Path png) throws IOException {
        String source = Files.readString(puml).replaceFirst("@startuml", "@startuml\n!pragma layout smetana");
        try (OutputStream out = Files.newOutputStream(png)) {
            new SourceStringReader(source).outputImage(out, new FileFormatOption(FileFormat.PNG));
        }
    }
}
