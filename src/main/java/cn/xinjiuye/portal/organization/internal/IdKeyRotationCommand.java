package cn.xinjiuye.portal.organization.internal;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The ID-key rotation as a command: started with {@code --portal.id-key.rotate} (PortalApplication then starts no web
 * server), it runs {@link IdKeyRotation} once and ends the process: exit code 0 when every row is on the new key, 3
 * when some are left (run it again), 1 when it failed. Never present otherwise.
 */
@Component
@ConditionalOnProperty(name = "portal.id-key.rotate")
@Order(100)
record IdKeyRotationCommand(IdKeyRotation rotation, ConfigurableApplicationContext context)
        implements ApplicationRunner {

    @Override
    public void run(ApplicationArguments args) {
        int batchSize = context.getEnvironment().getProperty("portal.id-key.batch-size", Integer.class, 500);
        IdKeyRotation.Outcome outcome = rotation.rotate(batchSize);
        int code = outcome.remaining() == 0 ? 0 : 3;
        System.exit(SpringApplication.exit(context, () -> code));
    }
}
