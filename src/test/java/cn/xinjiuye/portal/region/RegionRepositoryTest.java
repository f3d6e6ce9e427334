package cn.xinjiuye.portal.region;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xinjiuye.portal.audit.AuditService;
import cn.xinjiuye.portal.region.internal.RegionRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageRequest;

/** The subtree queries on the real PostgreSQL: prefix match on the materialized path, and re-rooting. */
@DataJpaTest
@Import(AuditService.class)
public class RegionRepositoryTest {

    @Autowired
    RegionRepository regions;

    Region save(String code, String name, RegionLevel level, Region parent) {
        Region r = regions.saveAndFlush(new Region(code, name, level, parent));
        r.assignPath();
        return regions.saveAndFlush(r);
    }

    @Test
    void searchStaysInsideTheSubtreeAndMatchesNameOrCodePrefix() {
        String p = "71"; // rolled back after the test, like everything in a @DataJpaTest
        Region province = save(p + "0000", "测试省", RegionLevel.PROVINCE, null);
        Region cityA = save(p + "0100", "甲市", RegionLevel.CITY, province);
        Region cityB = save(p + "0200", "乙市", RegionLevel.CITY, province);
        Region districtA = save(p + "0101", "甲区", RegionLevel.DISTRICT, cityA);
        save(p + "0201", "乙区", RegionLevel.DISTRICT, cityB);

        var inA = regions.search(cityA.getPath(), null, null, null, PageRequest.of(0, 10))
                .getContent();
        assertThat(inA).extracting(Region::getName).containsExactly("甲市", "甲区");
        var byName = regions.search(province.getPath(), "乙", null, null, PageRequest.of(0, 10))
                .getContent();
        assertThat(byName).extracting(Region::getName).containsExactlyInAnyOrder("乙市", "乙区");
        var byLevel = regions.search(province.getPath(), null, RegionLevel.DISTRICT, true, PageRequest.of(0, 10));
        assertThat(byLevel.getTotalElements()).isEqualTo(2);
        assertThat(districtA.getPath()).isEqualTo(province.getPath() + cityA.getId() + "/" + districtA.getId() + "/");
    }

    @Test
    void rebaseMovesAWholeSubtreeInOneStatement() {
        String p = "72";
        Region province = save(p + "0000", "移省", RegionLevel.PROVINCE, null);
        Region cityA = save(p + "0300", "丙市", RegionLevel.CITY, province);
        Region cityB = save(p + "0400", "丁市", RegionLevel.CITY, province);
        Region district = save(p + "0301", "丙区", RegionLevel.DISTRICT, cityA);
        Region street = save(p + "0301001", "丙街道", RegionLevel.STREET, district);
        String newPath = cityB.getPath() + district.getId() + "/";
        int moved = regions.rebasePaths(district.getPath(), newPath);
        assertThat(moved).isEqualTo(2);
        assertThat(regions.findById(street.getId()).orElseThrow().getPath()).isEqualTo(newPath + street.getId() + "/");
    }
}
