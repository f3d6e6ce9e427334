package cn.xinjiuye.portal.organization.web;

import cn.xinjiuye.portal.account.Occupation;
import cn.xinjiuye.portal.common.FieldRuleException;
import cn.xinjiuye.portal.common.excel.ImportResult;
import cn.xinjiuye.portal.common.excel.Xlsx;
import cn.xinjiuye.portal.common.web.Forms;
import cn.xinjiuye.portal.common.web.PageRequests;
import cn.xinjiuye.portal.organization.internal.EnterpriseService;
import cn.xinjiuye.portal.organization.internal.Gender;
import cn.xinjiuye.portal.organization.internal.OrganizationService;
import cn.xinjiuye.portal.organization.internal.Person;
import cn.xinjiuye.portal.organization.internal.PersonService;
import cn.xinjiuye.portal.organization.internal.PipelineService;
import cn.xinjiuye.portal.organization.internal.PoliticalStatus;
import cn.xinjiuye.portal.organization.internal.RepresentationKind;
import cn.xinjiuye.portal.organization.internal.RepresentationLevel;
import cn.xinjiuye.portal.organization.internal.RepresentationStatus;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import org.springframework.context.MessageSource;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 人员: workers and Party members, their pipeline steps, representation and services; Excel template/import/export. */
@Controller
@RequestMapping("/people")
@PreAuthorize("hasAnyRole('ADMIN','ORG_STAFF','STREET_STAFF','COMMUNITY_SECRETARY','BRANCH_SECRETARY')")
class PersonController {

    private final PersonService people;
    private final PipelineService pipeline;
    private final OrganizationService organizations;
    private final EnterpriseService enterprises;
    private final MessageSource messages;

    PersonController(
            PersonService people,
            PipelineService pipeline,
            OrganizationService organizations,
            EnterpriseService enterprises,
            MessageSource messages) {
        this.people = people;
        this.pipeline = pipeline;
        this.organizations = organizations;
        this.enterprises = enterprises;
        this.messages = messages;
    }

    @GetMapping
    String list(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) PoliticalStatus status,
            @RequestParam(required = false) Long branch,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size,
            Model model) {
        model.addAttribute("page", people.search(q, status, branch, PageRequests.of(page, size)));
        model.addAttribute("q", q);
        model.addAttribute("status", status);
        model.addAttribute("branch", branch);
        model.addAttribute("statuses", PoliticalStatus.values());
        model.addAttribute("branches", organizations.branches());
        return "organization/people";
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
        return form(model, null);
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
        if (!binding.hasErrors()) {
            try {
                Person created = people.create(form.data());
                flash.addFlashAttribute("success", "person.created");
                return "redirect:/people/" + created.getId();
            } catch (FieldRuleException e) {
                Forms.reject(binding, e);
            }
        }
        return form(model, null);
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        Person p = people.get(id);
        model.addAttribute("stepForm", StepForm.empty(p.getPoliticalStatus().next()));
        return show(p, model);
    }

    private String show(Person p, Model model) {
        model.addAttribute("person", p);
        model.addAttribute("steps", pipeline.steps(p.getId()));
        model.addAttribute("representations", people.representations(p.getId()));
        model.addAttribute("services", people.services(p.getId()));
        model.addAttribute("mayReveal", people.mayReveal());
        model.addAttribute(
                "stepChoices",
                java.util.Arrays.stream(PoliticalStatus.values())
                        .filter(s -> s != PoliticalStatus.MASSES)
                        .toList());
        model.addAttribute("representationKinds", RepresentationKind.values());
        model.addAttribute("representationLevels", RepresentationLevel.values());
        model.addAttribute("representationStatuses", RepresentationStatus.values());
        return "organization/person";
    }

    /** Shows the full ID number and phone once, for a reason; the view is written to the audit log. */
    @PostMapping("/{id}/reveal")
    String reveal(@PathVariable long id, @RequestParam(required = false) String reason, Model model) {
        Person p = people.get(id);
        model.addAttribute("stepForm", StepForm.empty(p.getPoliticalStatus().next()));
        try {
            model.addAttribute("revealed", people.reveal(id, reason));
        } catch (FieldRuleException e) {
            model.addAttribute("revealError", e.messageKey());
        }
        return show(p, model);
    }

    @PostMapping("/{id}/steps")
    String step(
            @PathVariable long id,
            @Valid @ModelAttribute("stepForm") StepForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes flash) {
        if (!binding.hasErrors()) {
            try {
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
                flash.addFlashAttribute("success", "pipeline.saved");
                return "redirect:/people/" + id;
            } catch (FieldRuleException e) {
                Forms.reject(binding, e);
            }
        }
        return show(people.get(id), model);
    }

    @PostMapping("/{id}/representations")
    String nominate(
            @PathVariable long id,
            @RequestParam RepresentationKind kind,
            @RequestParam RepresentationLevel level,
            @RequestParam RepresentationStatus status,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate nominatedOn,
            RedirectAttributes flash) {
        try {
            people.nominate(id, kind, level, status, nominatedOn);
            flash.addFlashAttribute("success", "representation.saved");
        } catch (FieldRuleException e) {
            flash.addFlashAttribute("error", e.messageKey());
        }
        return "redirect:/people/" + id;
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
        try {
            people.recordService(id, servedOn, description, hours);
            flash.addFlashAttribute("success", "service.saved");
        } catch (FieldRuleException e) {
            flash.addFlashAttribute("error", e.messageKey());
        }
        return "redirect:/people/" + id;
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        Person p = people.get(id);
        model.addAttribute("form", PersonForm.of(p));
        return form(model, p);
    }

    @PostMapping("/{id}")
    String update(
            @PathVariable long id,
            @Valid @ModelAttribute("form") PersonForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes flash) {
        Person p = people.get(id);
        if (!binding.hasErrors()) {
            try {
                people.update(id, form.version() == null ? -1 : form.version(), form.data());
                flash.addFlashAttribute("success", "person.updated");
                return "redirect:/people/" + id;
            } catch (FieldRuleException e) {
                Forms.reject(binding, e);
            }
        }
        return form(model, p);
    }

    private String form(Model model, Person editing) {
        model.addAttribute("editing", editing);
        model.addAttribute("genders", Gender.values());
        model.addAttribute("occupations", Occupation.values());
        model.addAttribute("statuses", PoliticalStatus.values());
        model.addAttribute("branches", organizations.branches());
        model.addAttribute("enterprises", enterprises.options());
        return "organization/person-form";
    }

    // ---- Excel ----

    @GetMapping("/template")
    void template(HttpServletResponse response, Locale locale) throws IOException {
        attachment(response, messages.getMessage("person.template.file", null, locale));
        people.template(response.getOutputStream(), locale);
    }

    @GetMapping("/export")
    void export(HttpServletResponse response, Locale locale) throws IOException {
        attachment(response, messages.getMessage("person.export.file", null, locale));
        people.export(response.getOutputStream(), locale);
    }

    @GetMapping("/import")
    String importForm() {
        return "organization/people-import";
    }

    @PostMapping("/import")
    String importFile(@RequestParam("file") MultipartFile file, Model model, Locale locale, RedirectAttributes flash)
            throws IOException {
        ImportResult<PersonService.PersonData> result = people.importPeople(file.getInputStream());
        if (!result.ok()) {
            model.addAttribute(
                    "importErrors",
                    result.errors().stream()
                            .map(e -> e.describe(messages, locale))
                            .toList());
            return "organization/people-import";
        }
        flash.addFlashAttribute("success", "person.imported");
        flash.addFlashAttribute("importedCount", result.rows().size());
        return "redirect:/people";
    }

    private static void attachment(HttpServletResponse response, String fileName) {
        response.setContentType(Xlsx.CONTENT_TYPE);
        response.setHeader(
                "Content-Disposition",
                "attachment; filename*=UTF-8''"
                        + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20"));
    }
}
