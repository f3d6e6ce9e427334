package cn.xinjiuye.portal.organization.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.xinjiuye.portal.dashboard.Period;
import cn.xinjiuye.portal.dashboard.RegionGrouping;
import cn.xinjiuye.portal.support.IntegrationTest;
import cn.xinjiuye.portal.support.PortalIntegrationTest;
import cn.xinjiuye.portal.support.TestDates;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The dashboard's organization figures, on 振安区, whose demo records no test changes: they are the article's
 * figures for Dandong (OrganizationArticleDemoData) on top of the feature's own demo.
 */
@IntegrationTest
public class OrganizationFiguresIntegrationTest extends PortalIntegrationTest {

    @Autowired
    OrganizationFigures figures;

    @Test
    void zhenanFiguresComeFromTheRecords() {
        String path = jdbc.queryForObject("select path from region where code = '210604'", String.class);
        int depth = (int) path.chars().filter(c -> c == '/').count() - 1;
        Map<String, Map<String, Number>> values =
                figures.compute(new RegionGrouping(path, depth), Period.currentYear(TestDates.today()));
        Map<String, Number> total = values.get(RegionGrouping.TOTAL);
        assertThat(total.get(OrganizationFigures.BRANCHES).longValue()).isEqualTo(5);
        assertThat(total.get(OrganizationFigures.JOINT).longValue()).isEqualTo(1);
        assertThat(total.get(OrganizationFigures.MEMBERS).longValue()).isEqualTo(28);
        assertThat(total.get(OrganizationFigures.MEMBERS_HOME).longValue()).isEqualTo(28);
        assertThat(total.get(OrganizationFigures.INSTRUCTORS).longValue()).isEqualTo(13);
        assertThat(total.get(OrganizationFigures.SEEDS).longValue()).isEqualTo(8);
        assertThat(total.get(OrganizationFigures.AGREEMENTS).longValue()).isEqualTo(24);
        assertThat(total.get(OrganizationFigures.RETURNED).longValue()).isEqualTo(3);
        assertThat(total.get(OrganizationFigures.CULTIVATION).longValue()).isEqualTo(14);
        String street = jdbc.queryForObject("select id::text from region where code = '210604001'", String.class);
        assertThat(values.get(street).get(OrganizationFigures.MEMBERS).longValue())
                .isEqualTo(28);
    }

    @Test
    @WithUserDetails("tiedong")
    void theDashboardShowsTheSection() throws Exception {
        mvc.perform(get("/dashboard"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("党组织与党员")))
                .andExpect(content().string(containsString("应建未建企业")));
    }
}
