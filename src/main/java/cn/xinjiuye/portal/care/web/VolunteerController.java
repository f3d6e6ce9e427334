package cn.xinjiuye.portal.care.web;

import cn.xinjiuye.portal.account.Occupation;
import cn.xinjiuye.portal.care.internal.ActivityKind;
import cn.xinjiuye.portal.care.internal.RecognitionKind;
import cn.xinjiuye.portal.care.internal.VolunteerService;
import cn.xinjiuye.portal.common.web.FormFlow;
import cn.xinjiuye.portal.common.web.PageRequests;
import cn.xinjiuye.portal.common.web.ViewModel;
import jakarta.validation.Valid;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 先锋服务队与志愿服务, and 表彰: teams with their totals, activities, recognitions. */
@Controller
@RequestMapping("/care")
@RequiredArgsConstructor
class VolunteerController {

    private final VolunteerService volunteers;

    @GetMapping("/teams")
    String teams(Model model) {
        model.addAttribute("teams", volunteers.teamsWithTotals());
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new TeamForm("", "", "", null));
        }
        return "care/teams/list";
    }

    @PostMapping("/teams")
    String createTeam(
            @Valid @ModelAttribute("form") TeamForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes flash) {
        return FormFlow.submit(
                binding,
                flash,
                "care.team.created",
                () -> "/care/teams/"
                        + volunteers
                                .createTeam(form.regionCode(), form.name(), form.leader(), form.foundedOn())
                                .getId(),
                () -> teams(model));
    }

    @GetMapping("/teams/{id}")
    String team(@PathVariable long id, @RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("kinds", ActivityKind.values());
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", ActivityForm.empty());
        }
        return ViewModel.render(model, "care/teams/show", volunteers.teamPage(id, PageRequests.of(page, null)));
    }

    @PostMapping("/teams/{id}/activities")
    String recordActivity(
            @PathVariable long id,
            @Valid @ModelAttribute("form") ActivityForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes flash) {
        return FormFlow.save(
                binding,
                flash,
                "care.activity.recorded",
                () -> volunteers.recordActivity(id, form.activity()),
                "/care/teams/" + id,
                () -> team(id, null, model));
    }

    @GetMapping("/recognitions")
    String recognitions(
            @RequestParam(required = false) RecognitionKind kind,
            @RequestParam(required = false) Integer page,
            Model model) {
        model.addAttribute("page", volunteers.recognitions(kind, PageRequests.of(page, null)));
        model.addAttribute("kind", kind);
        model.addAttribute("kinds", RecognitionKind.values());
        model.addAttribute("occupations", Occupation.values());
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new RecognitionForm(null, "", null, "", null, ""));
        }
        return "care/recognitions/list";
    }

    @PostMapping("/recognitions")
    String recognize(
            @Valid @ModelAttribute("form") RecognitionForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes flash) {
        return FormFlow.save(
                binding,
                flash,
                "care.recognition.created",
                () -> volunteers.recognize(
                        form.kind(),
                        form.personName(),
                        form.occupation(),
                        form.regionCode(),
                        form.awardedOn(),
                        form.note()),
                "/care/recognitions",
                () -> recognitions(null, null, model));
    }
}
