package cn.xinjiuye.portal;

import java.util.Arrays;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class PortalApplication {

    public static void main(String[] args) {
        SpringApplication application = new SpringApplication(PortalApplication.class);
        if (isCommand(args)) {
            // A command (the ID-key rotation) runs beside the running portal: no web server, no port taken.
            application.setWebApplicationType(WebApplicationType.NONE);
        }
        application.run(args);
    }

    /** {@code --portal.id-key.rotate} (or {@code =true}) on the command line. */
    static boolean isCommand(String[] args) {
        return Arrays.stream(args)
                .anyMatch(a -> a.equals("--portal.id-key.rotate") || a.equalsIgnoreCase("--portal.id-key.rotate=true"));
    }
}
