package cn.xinjiuye.portal.organization.web;

import cn.xinjiuye.portal.common.web.FormFlow;
import cn.xinjiuye.portal.organization.internal.MobileMemberService;
import cn.xinjiuye.portal.organization.internal.MobileMemberService.AgreementChoices;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
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

/** 流动党员: dual-management agreements, the half-year feedback letter, late feedback and 归队. */
@Controller
@RequestMapping("/mobile-members")
@PreAuthorize("hasAnyRole('ADMIN','ORG_STAFF','STREET_STAFF','COMMUNITY_SECRETARY','BRANCH_SECRETARY')")
@RequiredArgsConstructor
class MobileMemberController {

    private final MobileMemberService mobile;
    private final Clock clock;

    @GetMapping
    String list(Model model) {
        model.addAttribute("page", mobile.list());
        return "organization/mobile-members";
    }

    @GetMapping("/new")
    String createForm(@RequestParam(required = false) Long person, Model model) {
        AgreementForm empty = AgreementForm.empty(LocalDate.now(clock));
        model.addAttribute(
                "form",
                new AgreementForm(
                        person, empty.hostBranchId(), "", "", "", empty.agreementSignedOn(), empty.termMonths()));
        return form(model, mobile.choices());
    }

    @PostMapping
    String create(
            @Valid @ModelAttribute("form") AgreementForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes flash) {
        return FormFlow.submit(
                binding,
                flash,
                "mobile.created",
                () -> "/mobile-members/" + mobile.create(form.data()),
                () -> form(model, mobile.choices()));
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        model.addAttribute("page", mobile.page(id));
        return "organization/mobile-member";
    }

    @PostMapping("/{id}/returned")
    String returned(
            @PathVariable long id,
            @RequestParam long version,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate returnedOn,
            @RequestParam(required = false) String note,
            RedirectAttributes flash) {
        String kept = note == null || note.length() <= 200 ? note : note.substring(0, 200);
        return FormFlow.attempt(
                flash,
                "mobile.returnedSaved",
                () -> mobile.markReturned(id, version, returnedOn, kept),
                "/mobile-members/" + id);
    }

    @GetMapping("/{id}/letters/{year}/{half}")
    String letter(@PathVariable long id, @PathVariable int year, @PathVariable int half, Model model) {
        model.addAttribute("letter", mobile.letter(id, year, half));
        model.addAttribute("form", FeedbackForm.empty(LocalDate.now(clock)));
        return "organization/letter";
    }

    @PostMapping("/{id}/letters/{year}/{half}")
    String send(
            @PathVariable long id,
            @PathVariable int year,
            @PathVariable int half,
            @Valid @ModelAttribute("form") FeedbackForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes flash) {
        return FormFlow.save(
                binding,
                flash,
                "mobile.letterSent",
                () -> mobile.send(id, year, half, form.evaluation(), form.sentOn()),
                "/mobile-members/" + id + "/letters/" + year + "/" + half,
                () -> {
                    model.addAttribute("letter", mobile.letter(id, year, half));
                    return "organization/letter";
                });
    }

    private String form(Model model, AgreementChoices choices) {
        model.addAttribute("branches", choices.branches());
        model.addAttribute("candidates", choices.candidates());
        return "organization/mobile-form";
    }
}
