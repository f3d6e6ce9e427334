package cn.xinjiuye.portal;

import java.util.Arrays;
import java.util.stream.Stream;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class PortalApplication {

    public static void main(String[] args) {
        SpringApplication.run(PortalApplication.class, withCommandDefaults(args));
    }

    /**
     * A command (the ID-key rotation, {@code --portal.id-key.rotate}) runs beside the running portal: its web server
     * listens on a free port of the loopback interface only, so it takes no port and serves nobody.
     */
    static String[] withCommandDefaults(String[] args) {
        boolean command = Arrays.stream(args)
                .anyMatch(a -> a.equals("--portal.id-key.rotate") || a.equalsIgnoreCase("--portal.id-key.rotate=true"));
        if (!command) {
            return args;
        }
        return Stream.concat(Arrays.stream(args), Stream.of("--server.port=0", "--server.address=127.0.0.1"))
                .toArray(String[]::new);
    }
}
