package cn.xinjiuye.portal.organization.web;

import cn.xinjiuye.portal.account.Occupation;
import cn.xinjiuye.portal.common.FieldRuleException;
import cn.xinjiuye.portal.common.web.FormFlow;
import cn.xinjiuye.portal.common.web.PageRequests;
import cn.xinjiuye.portal.common.web.ViewModel;
import cn.xinjiuye.portal.organization.internal.Gender;
import cn.xinjiuye.portal.organization.internal.PeopleFilter;
import cn.xinjiuye.portal.organization.internal.PersonPage;
import cn.xinjiuye.portal.organization.internal.PersonService;
import cn.xinjiuye.portal.organization.internal.PersonService.FormChoices;
import cn.xinjiuye.portal.organization.internal.PersonService.PersonEditing;
import cn.xinjiuye.portal.organization.internal.PersonalDataReveal;
import cn.xinjiuye.portal.organization.internal.PipelineService;
import cn.xinjiuye.portal.organization.internal.PoliticalStatus;
import cn.xinjiuye.portal.organization.internal.RepresentationKind;
import cn.xinjiuye.portal.organization.internal.RepresentationLevel;
import cn.xinjiuye.portal.organization.internal.RepresentationStatus;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
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

/** 人员: workers and Party members, their pipeline steps, representation and services (the workbook: {@link
 * PeopleWorkbookController}). */
@Controller
@RequestMapping("/people")
@PreAuthorize("hasAnyRole('ADMIN','ORG_STAFF','STREET_STAFF','COMMUNITY_SECRETARY','BRANCH_SECRETARY')")
@RequiredArgsConstructor
class PersonController {

    private static final List<PoliticalStatus> STEP_CHOICES = Arrays.stream(PoliticalStatus.values())
            .filter(s -> s != PoliticalStatus.MASSES)
            .toList();

    private final PersonService people;
    private final PersonalDataReveal reveal;
    private final PipelineService pipeline;
    private final Clock clock;

    @GetMapping
    String list(PeopleFilter filter, Integer page, Integer size, Model model) {
        model.addAttribute("statuses", PoliticalStatus.values());
        return ViewModel.render(model, "organization/people", people.list(filter, PageRequests.of(page, size)), filter);
    }

    /** 两代表一委员: every nomination of the people in scope. */
    @GetMapping("/representations")
    String representations(Model model) {
        model.addAttribute("representations", people.representationsInScope());
        return "organization/representations";
    }

    @GetMapping("/new")
    String createForm(@RequestParam(required = false) Long branch, Model model) {
        model.addAttribute("form", PersonForm.empty("", branch));
        return form(model, null, people.choices());
    }

    @PostMapping
    String create(
            @Valid @ModelAttribute("form") PersonForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes flash) {
        if (form.idNumber() == null || form.idNumber().isBlank()) {
            binding.rejectValue("idNumber", "validation.required", "validation.required");
        }
        return FormFlow.submit(
                binding,
                flash,
                "person.created",
                () -> "/people/" + people.create(form.data()),
                () -> form(model, null, people.choices()));
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        return showWithEmptyStep(people.page(id), model);
    }

    /** The person's page with the next step of the pipeline proposed (a failed step shows what was typed). */
    private String showWithEmptyStep(PersonPage page, Model model) {
        model.addAttribute(
                "stepForm", StepForm.empty(page.person().politicalStatus().next(), LocalDate.now(clock)));
        return show(page, model);
    }

    private String show(PersonPage page, Model model) {
        model.addAttribute("page", page);
        model.addAttribute("person", page.person());
        model.addAttribute("stepChoices", STEP_CHOICES);
        model.addAttribute("representationKinds", RepresentationKind.values());
        model.addAttribute("representationLevels", RepresentationLevel.values());
        model.addAttribute("representationStatuses", RepresentationStatus.values());
        return "organization/person";
    }

    /** Shows the full ID number and phone once, for a reason; the view is written to the audit log. */
    @PostMapping("/{id}/reveal")
    String reveal(@PathVariable long id, @RequestParam(required = false) String reason, Model model) {
        return showWithEmptyStep(reveal.reveal(id, reason), model);
    }

    @PostMapping("/{id}/steps")
    String step(
            @PathVariable long id,
            @Valid @ModelAttribute("stepForm") StepForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes flash) {
        return FormFlow.submit(
                binding,
                flash,
                "pipeline.saved",
                () -> {
                    if (StepForm.EXTEND.equals(form.action())) {
                        if (form.extensionMonths() == null) {
                            throw new FieldRuleException(
                                    "extensionMonths",
                                    "pipeline.rule.extensionRange",
                                    PipelineService.MIN_EXTENSION,
                                    PipelineService.MAX_EXTENSION);
                        }
                        pipeline.extendProbation(
                                id, form.extensionMonths(), form.stepDate(), form.approvingBody(), form.note());
                    } else {
                        PoliticalStatus to;
                        try {
                            to = PoliticalStatus.valueOf(form.action());
                        } catch (IllegalArgumentException e) {
                            to = null;
                        }
                        pipeline.advance(id, to, form.stepDate(), form.approvingBody(), form.note());
                    }
                    return "/people/" + id;
                },
                () -> show(people.page(id), model));
    }

    @PostMapping("/{id}/representations")
    String nominate(
            @PathVariable long id,
            @RequestParam RepresentationKind kind,
            @RequestParam RepresentationLevel level,
            @RequestParam RepresentationStatus status,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate nominatedOn,
            RedirectAttributes flash) {
        return FormFlow.attempt(
                flash,
                "representation.saved",
                () -> people.nominate(id, kind, level, status, nominatedOn),
                "/people/" + id);
    }

    @PostMapping("/{id}/services")
    String service(
            @PathVariable long id,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate servedOn,
            @RequestParam String description,
            @RequestParam(required = false) BigDecimal hours,
            RedirectAttributes flash) {
        if (description.isBlank()
                || description.length() > 200
                || hours != null && (hours.signum() < 0 || hours.compareTo(BigDecimal.valueOf(1000)) >= 0)) {
            flash.addFlashAttribute("error", "service.invalid");
            return "redirect:/people/" + id;
        }
        return FormFlow.attempt(
                flash, "service.saved", () -> people.recordService(id, servedOn, description, hours), "/people/" + id);
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        PersonEditing editing = people.editing(id);
        model.addAttribute("form", PersonForm.of(editing));
        return form(model, editing, editing.choices());
    }

    @PostMapping("/{id}")
    String update(
            @PathVariable long id,
            @Valid @ModelAttribute("form") PersonForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes flash) {
        return FormFlow.save(
                binding,
                flash,
                "person.updated",
                () -> people.update(id, FormFlow.version(form.version()), form.data()),
                "/people/" + id,
                () -> {
                    PersonEditing editing = people.editing(id);
                    return form(model, editing, editing.choices());
                });
    }

    private String form(Model model, PersonEditing editing, FormChoices choices) {
        model.addAttribute("editing", editing);
        model.addAttribute("genders", Gender.values());
        model.addAttribute("occupations", Occupation.values());
        model.addAttribute("statuses", PoliticalStatus.values());
        model.addAttribute("branches", choices.branches());
        model.addAttribute("enterprises", choices.enterprises());
        return "organization/person-form";
    }
}
