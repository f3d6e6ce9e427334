package cn.xinjiuye.portal.governance.internal;

import cn.xinjiuye.portal.demo.JdbcDemoLoader;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Demo mode only: the article's governance figures, so the dashboard reproduces them. 旅顺口区: "通过隐患直报、随手拍
 * ……成功发现和解决……各类问题122个". 振安区: the Friday reception room "共接待小区党员116名，收集办理民生实事477件".
 * Generated with SQL over the past months; the summary triggers of V50 count them like any case.
 */
@Component
public class CaseArticleDemoData extends JdbcDemoLoader {

    CaseArticleDemoData(JdbcTemplate jdbc) {
        super(93, jdbc);
    }

    @Override
    public void load() {
        // 旅顺口区: 122 hazards and snapshots by couriers and riders, all solved, within their deadlines.
        jdbc.update("""
                insert into gov_case (case_no, source, category, description, community_id, status, filed_by, reporter_occupation,
                                      submitted_at, accepted_at, resolved_at, closed_at, started_on, due_on, resolution_note, rating)
                select 'GZ' || to_char(t.at, 'YYYYMMDD') || lpad((nextval('gov_case_no_seq') % 1000000)::text, 6, '0'),
                       case when g % 3 = 0 then 'SNAPSHOT' else 'HAZARD' end,
                       (array['SANITATION','FIRE_SAFETY','TRAFFIC','PUBLIC_FACILITIES','PARKING','HEATING'])[1 + g % 6],
                       (array['小区门口垃圾堆积','楼道堆放杂物堵塞消防通道','路口信号灯故障','井盖破损','电动车占用盲道','供暖管道漏水'])[1 + g % 6],
                       (select id from region where code = '210212003001'), 'CLOSED', 'article-demo',
                       (array['COURIER','FOOD_DELIVERY','RIDE_HAILING'])[1 + g % 3],
                       t.at, t.at + interval '2 hour', t.at + (1 + g % 4) * interval '1 day', t.at + (2 + g % 4) * interval '1 day',
                       t.at::date, t.at::date + 7, '已处理完毕', 'SATISFIED'
                  from generate_series(1, 122) g
                  cross join lateral (select now() - (5 + g * 2) * interval '1 day' as at) t""");
        // 振安区: the Friday reception room, 20 sessions receiving 116 resident members ...
        jdbc.update("""
                insert into reception_session (community_id, held_on, venue, official, visitors, recorded_by)
                select (select id from region where code = '210604001001'), current_date - (7 * g + 2), '区政府周五会客厅',
                       (array['区长','常务副区长','区委副书记','区人社局局长'])[1 + g % 4], case when g <= 16 then 6 else 5 end,
                       'article-demo'
                  from generate_series(1, 20) g""");
        // ... and their concern lists: 477 matters, handled within a week, the last few still in hand.
        jdbc.update("""
                insert into gov_case (case_no, source, category, description, community_id, status, filed_by, reception_session_id,
                                      submitted_at, accepted_at, resolved_at, closed_at, started_on, due_on, resolution_note,
                                      green_channel)
                select 'GZ' || to_char(s.held_on, 'YYYYMMDD') || lpad((nextval('gov_case_no_seq') % 1000000)::text, 6, '0'),
                       'RECEPTION',
                       (array['PARKING','PUBLIC_FACILITIES','HEATING','WAGE_ARREARS','ELDERLY_DIFFICULTY','OTHER'])[1 + g % 6],
                       (array['非机动车停车区域被私家车占用','小区路灯不亮','供暖管网漏水','企业拖欠农民工工资','独居老人无人照看','诉讼退费流程复杂'])[1 + g % 6],
                       s.community_id, case when g > 470 then 'IN_PROGRESS' else 'CLOSED' end, 'article-demo', s.id,
                       s.held_on + time '10:00', s.held_on + time '11:00',
                       case when g <= 470 then s.held_on + (1 + g % 6) * interval '1 day' + time '16:00' end,
                       case when g <= 470 then s.held_on + (2 + g % 6) * interval '1 day' + time '16:00' end,
                       s.held_on, s.held_on + 7, case when g <= 470 then '已办结并回访' end, g % 40 = 0
                  from generate_series(1, 477) g
                  join (select id, community_id, held_on, row_number() over (order by held_on) - 1 as n
                          from reception_session where recorded_by = 'article-demo') s on s.n = g % 20""");
    }
}
