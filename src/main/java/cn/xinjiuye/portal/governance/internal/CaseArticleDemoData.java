package cn.xinjiuye.portal.governance.internal;

import static cn.xinjiuye.portal.governance.internal.GovernanceDemoData.CATEGORIES;
import static cn.xinjiuye.portal.governance.internal.GovernanceDemoData.SURNAMES;
import static cn.xinjiuye.portal.governance.internal.GovernanceDemoData.TEXTS;
import static cn.xinjiuye.portal.governance.internal.GovernanceDemoData.phone;

import cn.xinjiuye.portal.demo.DemoLoader;
import cn.xinjiuye.portal.demo.DemoOrder;
import cn.xinjiuye.portal.demo.DemoPlan;
import cn.xinjiuye.portal.governance.internal.DemoCaseLives.Filer;
import cn.xinjiuye.portal.governance.internal.DemoCaseLives.Life;
import cn.xinjiuye.portal.governance.internal.DemoCaseStories.Fate;
import cn.xinjiuye.portal.governance.internal.DemoCaseStories.Recent;
import cn.xinjiuye.portal.region.RegionService;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import lombok.RequiredArgsConstructor;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo mode only: the article's governance year, lived through the services. 旅顺口区: "通过隐患直报、随手拍……成功发现和解决
 * ……各类问题122个": couriers, riders and drivers (and residents, and the community secretary for them) report, the
 * departments solve 122 in the last twelve months, and the reports of the last days are still in hand. 振安区: the
 * Friday reception room (区政府周五会客厅) "共接待小区党员116名，收集办理民生实事477件": 21 sessions, each on a Friday, whose
 * concern lists become cases, 12 of them on the green channel.
 */
@Component
@Order(DemoOrder.ARTICLE_CASES)
@RequiredArgsConstructor
public class CaseArticleDemoData implements DemoLoader {

    /** The article's figures, which this loader's plan reaches (and checks). */
    static final int LVSHUN_SOLVED = 122;

    static final int ZHENAN_VISITORS = 116;
    static final int ZHENAN_ITEMS = 477;
    static final int ZHENAN_GREEN = 12;
    static final int SESSIONS = 21;

    private static final String LVSHUN_COMMUNITY = "210212003001";
    private static final String ZHENAN_COMMUNITY = "210604001001";
    private static final String[] OFFICIALS = {"区长", "常务副区长", "区委副书记", "区人社局局长", "区住建局局长"};

    /** The cases of the last days, still in hand. */
    private static final List<Recent> LVSHUN_RECENT = Recent.parse(
            "1 TRAFFIC WAITING, 2 PARKING ASSIGNED, 3 SANITATION ASSIGNED, 4 PUBLIC_FACILITIES RUNNING, 6 WAGE_ARREARS RUNNING, 9 HEATING RUNNING, 12 FIRE_SAFETY RUNNING");

    private final DemoCaseLives lives;
    private final DemoCaseStories stories;
    private final ReceptionService receptions;
    private final GovCaseRepository cases;
    private final RegionService regions;

    @Override
    public void plan(DemoPlan plan) {
        lvshun(plan);
        zhenan(plan);
    }

    /** 旅顺口区: 122 reports solved over the year, a duplicate rejected, and seven of the last days in hand. */
    private void lvshun(DemoPlan plan) {
        int solved = 0;
        for (int n = 0; n < LVSHUN_SOLVED; n++) {
            LocalDateTime filed =
                    plan.firstDay().plusDays(3 + n * 340L / LVSHUN_SOLVED).atTime(7 + n % 13, 3 + n % 53);
            Fate fate = n % 10 == 4
                    ? Fate.RETURNED
                    : n % 12 == 7 ? Fate.EXTENDED : n % 25 == 11 ? Fate.REOPENED : Fate.CLOSED;
            solved += lvshunCase(plan, n, filed, CATEGORIES[(n * 5 + n / 9) % CATEGORIES.length], fate)
                            .solved()
                    ? 1
                    : 0;
        }
        if (solved != LVSHUN_SOLVED) {
            throw new IllegalStateException("旅顺口区's plan solves " + solved + " cases, not " + LVSHUN_SOLVED);
        }
        lvshunCase(plan, 200, plan.daysAgo(41).atTime(15, 20), CaseCategory.SANITATION, Fate.REJECTED);
        DemoCaseStories.recent(plan, 210, LocalTime.of(8, 35), this::lvshunCase, LVSHUN_RECENT);
    }

    private Life lvshunCase(DemoPlan plan, int n, LocalDateTime filed, CaseCategory category, Fate fate) {
        String[] worker = GovernanceDemoData.WORKERS.get(n % GovernanceDemoData.WORKERS.size());
        String name = SURNAMES[n % SURNAMES.length];
        Filer filer = switch (n % 5) {
            case 0, 1, 3 -> Filer.worker(worker[0], "10.86.0." + (n % 6));
            case 2 -> Filer.resident("居民" + name + "先生", phone("13804110", n), "10.86.1." + n % 250);
            default -> Filer.staff("huangjin", "居民" + name + "女士", phone("13704110", n));
        };
        CaseSource source = n % 3 == 0 ? CaseSource.SNAPSHOT : CaseSource.HAZARD;
        Life life = lives.file(
                plan, filed, filer, LVSHUN_COMMUNITY, source, category, TEXTS[category.ordinal()][n % 3], false);
        return stories.tell(life, fate, n, "huangjin", "210212", category, filed);
    }

    /** 振安区: the Friday sessions, their concern lists, and a few snapshots of residents. */
    private void zhenan(DemoPlan plan) {
        LocalDate friday = plan.firstDay().with(TemporalAdjusters.nextOrSame(DayOfWeek.FRIDAY));
        int visitors = 0;
        int items = 0;
        int green = 0;
        for (int i = 0; i < SESSIONS; i++) {
            LocalDate heldOn = friday.plusWeeks(i * 5L / 2);
            int received = i < 11 ? 6 : 5;
            int count = i < 15 ? 23 : 22;
            boolean greenSession =
                    List.of(1, 2, 4, 5, 7, 9, 11, 12, 14, 16, 18, 19).contains(i);
            visitors += received;
            items += count;
            green += greenSession ? 1 : 0;
            session(plan, i, heldOn, received, count, greenSession);
        }
        if (visitors != ZHENAN_VISITORS || items != ZHENAN_ITEMS || green != ZHENAN_GREEN) {
            throw new IllegalStateException("振安区's plan has " + visitors + " visitors, " + items + " items, " + green
                    + " on the green channel");
        }
        for (int n = 0; n < 9; n++) {
            LocalDateTime filed = plan.firstDay().plusDays(20 + n * 37L).atTime(9 + n % 8, 41);
            CaseCategory category = CATEGORIES[(n * 4 + 2) % CATEGORIES.length];
            Life life = lives.file(
                    plan,
                    filed,
                    Filer.resident(
                            "居民" + SURNAMES[(n + 5) % SURNAMES.length] + "先生", phone("13904156", n), "10.415.0." + n),
                    ZHENAN_COMMUNITY,
                    CaseSource.SNAPSHOT,
                    category,
                    TEXTS[category.ordinal()][(n + 2) % 3],
                    false);
            stories.tell(life, n == 8 ? Fate.RUNNING : Fate.CLOSED, n + 3, "zhenan", "210604", category, filed);
        }
    }

    /** One Friday session: the 区委组织部 records it with its concern list; each item then lives as a case. */
    private void session(DemoPlan plan, int i, LocalDate heldOn, int received, int count, boolean greenSession) {
        List<ReceptionService.Item> list = new ArrayList<>();
        List<String> phones = new ArrayList<>();
        for (int j = 0; j < count; j++) {
            int visitor = j % received;
            String phone = phone("1384152", i * 10 + visitor);
            CaseCategory category = CATEGORIES[(i + j * 2) % CATEGORIES.length];
            list.add(new ReceptionService.Item(
                    category,
                    TEXTS[category.ordinal()][(i + j) % 3],
                    "党员" + SURNAMES[(i * 3 + visitor) % SURNAMES.length] + "同志",
                    phone,
                    greenSession && j == 2));
            phones.add(phone);
        }
        AtomicReference<List<Long>> ids = new AtomicReference<>();
        LocalDateTime recorded = heldOn.atTime(11, 40);
        plan.at(recorded, "zhenan", () -> {
            long community = regions.findByCode(ZHENAN_COMMUNITY).orElseThrow().getId();
            ReceptionSession s =
                    receptions.record(community, heldOn, "区政府周五会客厅", OFFICIALS[i % OFFICIALS.length], received, list);
            ids.set(cases.ofReception(s.getId()).stream().map(ReceptionCase::id).toList());
        });
        boolean last = i >= SESSIONS - 2;
        for (int j = 0; j < count; j++) {
            int item = j;
            int seed = i * 31 + j;
            Fate fate = last && j % 5 == 0
                    ? Fate.RUNNING
                    : seed % 29 == 3
                            ? Fate.RETURNED
                            : seed % 23 == 5 ? Fate.EXTENDED : seed % 61 == 7 ? Fate.REOPENED : Fate.CLOSED;
            Life life = lives.filedElsewhere(plan, recorded, () -> ids.get().get(item), phones.get(j));
            stories.tell(life, fate, seed, "zhenan", "210604", list.get(j).category(), recorded);
        }
    }
}
