package cn.xinjiuye.portal.organization.web;

import cn.xinjiuye.portal.common.web.FormFlow;
import cn.xinjiuye.portal.organization.internal.MeetingKind;
import cn.xinjiuye.portal.organization.internal.MeetingService;
import cn.xinjiuye.portal.organization.internal.MeetingService.AttendanceChoices;
import cn.xinjiuye.portal.organization.internal.MeetingService.MeetingPage;
import cn.xinjiuye.portal.organization.internal.MeetingService.MeetingsPage;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import lombok.RequiredArgsConstructor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 组织生活: a branch's meetings with attendance, and the quarterly 三会一课 check. */
@Controller
@PreAuthorize("hasAnyRole('ADMIN','ORG_STAFF','STREET_STAFF','COMMUNITY_SECRETARY','BRANCH_SECRETARY')")
@RequiredArgsConstructor
class MeetingController {

    private final MeetingService meetings;
    private final Clock clock;

    @GetMapping("/organizations/{branchId}/meetings")
    String list(@PathVariable long branchId, Model model) {
        MeetingsPage page = meetings.recent(branchId, 366);
        model.addAttribute("org", page.branch());
        model.addAttribute("meetings", page.meetings());
        return "organization/meetings";
    }

    @GetMapping("/organizations/{branchId}/meetings/new")
    String createForm(@PathVariable long branchId, Model model) {
        model.addAttribute("form", MeetingForm.empty(LocalDate.now(clock)));
        return form(model, meetings.choices(branchId));
    }

    @PostMapping("/organizations/{branchId}/meetings")
    String create(
            @PathVariable long branchId,
            @Valid @ModelAttribute("form") MeetingForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes flash) {
        return FormFlow.submit(
                binding,
                flash,
                "meeting.created",
                () -> "/meetings/"
                        + meetings.record(
                                branchId, form.kind(), form.isOnline(), form.heldOn(), form.topic(), form.attendees()),
                () -> form(model, meetings.choices(branchId)));
    }

    @GetMapping("/meetings/{id}")
    String show(@PathVariable long id, Model model) {
        MeetingPage page = meetings.page(id);
        model.addAttribute("meeting", page.meeting());
        model.addAttribute("members", page.members());
        model.addAttribute("presentIds", page.presentIds());
        return "organization/meeting";
    }

    @GetMapping("/organizations/{branchId}/life")
    String quarter(
            @PathVariable long branchId,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) Integer quarter,
            Model model) {
        LocalDate today = LocalDate.now(clock);
        int y = year == null || year < 2000 || year > 2100 ? today.getYear() : year;
        int q = quarter == null || quarter < 1 || quarter > 4 ? (today.getMonthValue() - 1) / 3 + 1 : quarter;
        MeetingService.QuarterCheck check = meetings.quarter(branchId, y, q);
        model.addAttribute("check", check);
        model.addAttribute("org", check.branch());
        model.addAttribute("prevYear", q == 1 ? y - 1 : y);
        model.addAttribute("prevQuarter", q == 1 ? 4 : q - 1);
        model.addAttribute("nextYear", q == 4 ? y + 1 : y);
        model.addAttribute("nextQuarter", q == 4 ? 1 : q + 1);
        return "organization/life";
    }

    private String form(Model model, AttendanceChoices choices) {
        model.addAttribute("org", choices.branch());
        model.addAttribute("kinds", MeetingKind.values());
        model.addAttribute("members", choices.members());
        return "organization/meeting-form";
    }
}
