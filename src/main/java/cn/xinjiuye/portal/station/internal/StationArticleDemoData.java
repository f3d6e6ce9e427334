package cn.xinjiuye.portal.station.internal;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo mode only: Tiedong "率先建成快递小哥爱心驿站99个". After the hand-made demo stations, the rest of the 99 are
 * generated deterministically across Tiedong's other communities, so the dashboard shows the article's figure. They
 * stand south-east, more than 6 km from 福康社区: beyond the finder's default 5 km radius around the hand-made
 * stations that the couriers' journey walks through.
 */
@Component
@Profile("demo")
@Order(91)
public class StationArticleDemoData implements ApplicationRunner {

    static final int TIEDONG_STATIONS = 99;

    private final JdbcTemplate jdbc;

    StationArticleDemoData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        Integer existing = jdbc.queryForObject(
                "select count(*) from station s join region r on r.id = s.region_id "
                        + "where s.active and r.path like (select path from region where code = '210302') || '%'",
                Integer.class);
        if (existing == null || existing == 0 || existing >= TIEDONG_STATIONS) {
            return;
        }
        jdbc.update("""
                insert into station (name, host_type, address, lat, lng, region_id, opening_hours, amenities, manager_name,
                                     manager_phone, last_inspected_on, last_inspection_passed)
                select '铁东区爱心驿站' || lpad(g::text, 2, '0') || '号',
                       (array['PARTY_CENTER','EXPRESS_OUTLET','SHOP','PROPERTY'])[1 + g % 4],
                       c.name || (g % 30 + 1) || '号', 41.04 + (g % 9) * 0.003, 123.03 + (g / 9) * 0.004, c.id,
                       case when g % 5 = 0 then '24h,24h,24h,24h,24h,24h,24h'
                            else '08:00-20:00,08:00-20:00,08:00-20:00,08:00-20:00,08:00-20:00,09:00-18:00,09:00-18:00' end,
                       (1 + 2 + 4 + 8) | case when g % 3 = 0 then 1024 else 0 end, '驿站管理员' || g,
                       '1390412' || lpad(g::text, 4, '0'), current_date - (g % 200), g % 4 <> 0
                  from generate_series(1, ?) g
                  join (select id, name, row_number() over (order by code) - 1 as n from region
                         where level = 'COMMUNITY' and active and code <> '210302011001'
                           and path like (select path from region where code = '210302') || '%') c
                    on c.n = g % (select count(*) from region where level = 'COMMUNITY' and active and code <> '210302011001'
                                   and path like (select path from region where code = '210302') || '%')""", TIEDONG_STATIONS - existing);
    }
}
