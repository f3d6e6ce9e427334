package cn.xinjiuye.portal.dashboard.web;

import cn.xinjiuye.portal.common.excel.Xlsx;
import cn.xinjiuye.portal.common.web.Downloads;
import cn.xinjiuye.portal.dashboard.Chart;
import cn.xinjiuye.portal.dashboard.Figure;
import cn.xinjiuye.portal.dashboard.Period;
import cn.xinjiuye.portal.dashboard.internal.DashboardService;
import cn.xinjiuye.portal.dashboard.internal.DashboardView;
import cn.xinjiuye.portal.region.Region;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/** 工作成效看板: live figures of a region subtree for a month, quarter or year, with drill-down, charts and exports. */
@Controller
@RequestMapping("/dashboard")
@RequiredArgsConstructor
class DashboardController {

    private final DashboardService dashboard;
    private final MessageSource messages;
    private final Clock clock;

    @GetMapping
    String show(
            @RequestParam(required = false) Long region, @RequestParam(required = false) String period, Model model) {
        LocalDate today = LocalDate.now(clock);
        Optional<Period> asked = Period.parse(period, today);
        if (period != null && !period.isBlank() && asked.isEmpty()) {
            model.addAttribute("periodError", "dashboard.error.period");
        }
        Period p = asked.orElse(Period.currentYear(today));
        DashboardView view = dashboard.view(dashboard.regionFor(region), p);
        model.addAttribute("view", view);
        model.addAttribute("periodText", period == null || asked.isEmpty() ? p.code() : period);
        model.addAttribute("periodChoices", periodChoices(today));
        model.addAttribute("printedOn", today);
        return "dashboard/index";
    }

    /** Chart data for dashboard.js, labels already in the user's language. */
    @GetMapping("/charts")
    @ResponseBody
    List<ChartJson> charts(
            @RequestParam(required = false) Long region, @RequestParam(required = false) String period, Locale locale) {
        Period p = askedOrThisYear(period);
        return dashboard.charts(dashboard.regionFor(region), p).stream()
                .map(c -> ChartJson.of(c, messages, locale))
                .toList();
    }

    /** One section's table as .xlsx: the same rows and numbers as the page; an empty selection is headers only. */
    @GetMapping("/export")
    void export(
            @RequestParam(required = false) Long region,
            @RequestParam(required = false) String period,
            @RequestParam String section,
            Locale locale,
            HttpServletResponse response)
            throws IOException {
        Period p = askedOrThisYear(period);
        Region r = dashboard.regionFor(region);
        DashboardView view = dashboard.view(r, p);
        DashboardView.Section s = view.section(section);
        List<String> headers = new ArrayList<>();
        headers.add(messages.getMessage("dashboard.region", null, locale));
        s.figures().forEach(f -> headers.add(messages.getMessage(f.key(), null, locale)));
        // An empty selection (a region with nothing below it) is a sheet with headers only.
        Stream<DashboardView.Row> shown =
                view.rows().isEmpty() ? Stream.empty() : Stream.concat(view.rows().stream(), Stream.of(s.total()));
        Stream<List<Object>> rows = shown.map(row -> {
            List<Object> cells = new ArrayList<>();
            cells.add(
                    row.key().equals("total")
                            ? messages.getMessage("dashboard.total", null, locale)
                            : row.key().equals("own")
                                    ? row.name() + messages.getMessage("dashboard.ownLevel", null, locale)
                                    : row.name());
            for (Figure f : s.figures()) {
                cells.add(row.value(f.key()));
            }
            return cells;
        });
        String title = messages.getMessage(s.titleKey(), null, locale);
        String filename = r.getName() + "-" + title + "-" + p.code() + ".xlsx";
        Downloads.xlsx(response, filename);
        Xlsx.write(response.getOutputStream(), title, headers, rows);
    }

    private static List<String> periodChoices(LocalDate today) {
        List<String> choices = new ArrayList<>();
        for (int m = today.getMonthValue(); m >= 1; m--) {
            choices.add(String.format("%d-%02d", today.getYear(), m));
        }
        for (int q = (today.getMonthValue() - 1) / 3 + 1; q >= 1; q--) {
            choices.add(today.getYear() + "-Q" + q);
        }
        for (int y = today.getYear(); y >= today.getYear() - 4; y--) {
            choices.add(String.valueOf(y));
        }
        return choices;
    }

    record ChartJson(String id, String title, String type, List<String> categories, List<SeriesJson> series) {

        record SeriesJson(String name, List<Number> values) {}

        static ChartJson of(Chart c, MessageSource messages, Locale locale) {
            List<String> categories = c.categoriesAreKeys()
                    ? c.categories().stream()
                            .map(k -> messages.getMessage(k, null, k, locale))
                            .toList()
                    : c.categories();
            return new ChartJson(
                    c.id(),
                    messages.getMessage(c.titleKey(), null, locale),
                    c.type(),
                    categories,
                    c.series().stream()
                            .map(s -> new SeriesJson(messages.getMessage(s.nameKey(), null, locale), s.values()))
                            .toList());
        }
    }

    /** The period asked for, or this year when none (or none readable) is asked for. */
    private Period askedOrThisYear(String period) {
        LocalDate today = LocalDate.now(clock);
        return Period.parse(period, today).orElse(Period.currentYear(today));
    }
}
