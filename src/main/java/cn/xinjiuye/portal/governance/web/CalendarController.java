package cn.xinjiuye.portal.governance.web;

import cn.xinjiuye.portal.common.web.FormFlow;
import cn.xinjiuye.portal.governance.internal.CalendarService;
import cn.xinjiuye.portal.governance.internal.CalendarYears;
import cn.xinjiuye.portal.governance.internal.CaseCategory;
import java.time.LocalDate;
import lombok.RequiredArgsConstructor;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators: the holiday calendar (节假日与调休) and the time limits per category. */
@Controller
@RequestMapping("/admin/governance")
@RequiredArgsConstructor
class CalendarController {

    private final CalendarService calendar;
    private final CalendarYears years;

    @GetMapping
    String show(@RequestParam(required = false) Integer year, Model model) {
        CalendarService.CalendarPage page = calendar.page(year);
        model.addAttribute("page", page);
        model.addAttribute("calendarStatus", years.status(page.year()));
        return "governance/calendar";
    }

    @PostMapping("/days")
    String putDay(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
            @RequestParam(required = false) String kind,
            @RequestParam(required = false) String name,
            RedirectAttributes flash) {
        return FormFlow.attempt(
                flash,
                "case.saved",
                () -> calendar.putDay(day, kind, name),
                "/admin/governance" + (day == null ? "" : "?year=" + day.getYear()));
    }

    @PostMapping("/days/delete")
    String removeDay(
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day, RedirectAttributes flash) {
        calendar.removeDay(day);
        flash.addFlashAttribute("success", "case.saved");
        return "redirect:/admin/governance?year=" + day.getYear();
    }

    @PostMapping("/limits")
    String setLimit(
            @RequestParam CaseCategory category,
            @RequestParam int workingDays,
            @RequestParam int greenDays,
            RedirectAttributes flash) {
        return FormFlow.attempt(
                flash, "case.saved", () -> calendar.setLimit(category, workingDays, greenDays), "/admin/governance");
    }
}
