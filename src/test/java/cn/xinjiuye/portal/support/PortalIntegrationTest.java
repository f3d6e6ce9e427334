package cn.xinjiuye.portal.support;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What most {@link IntegrationTest} classes use: MockMvc, the database and the accounts by user name. A subclass
 * keeps the {@code @IntegrationTest} annotation and autowires only what is its own.
 */
public abstract class PortalIntegrationTest {

    @Autowired
    protected MockMvc mvc;

    @Autowired
    protected JdbcTemplate jdbc;

    @Autowired
    protected UserDetailsService users;

    /** The id of the region with that code (a demo region or one the test made). */
    protected long regionId(String code) {
        return jdbc.queryForObject("select id from region where code = ?", Long.class, code);
    }

    /** The version of a region, for forms that change it. */
    protected long regionVersion(long id) {
        return jdbc.queryForObject("select version from region where id = ?", Long.class, id);
    }

    /** The region with this code, made under its parent when it is not there yet ({@link TestRegions#ensure}). */
    protected long region(String code, String name, String level, String parentCode) {
        return TestRegions.ensure(jdbc, code, name, level, parentCode);
    }
}
