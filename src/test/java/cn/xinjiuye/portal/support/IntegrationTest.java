package cn.xinjiuye.portal.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

/**
 * The whole portal on the shared test PostgreSQL, in demo mode (demo regions and accounts exist), with MockMvc.
 * Every test class with this annotation shares one Spring context, which counts SQL statements ({@link
 * SqlStatements}). Tests must not rely on empty tables.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@AutoConfigureMockMvc
@Import(SqlStatements.class)
public @interface IntegrationTest {}
