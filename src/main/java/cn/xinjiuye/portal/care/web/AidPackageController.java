package cn.xinjiuye.portal.care.web;

import cn.xinjiuye.portal.care.internal.AidPackageFilter;
import cn.xinjiuye.portal.care.internal.AidPackageService;
import cn.xinjiuye.portal.care.internal.AidPackageView;
import cn.xinjiuye.portal.care.internal.AidStatus;
import cn.xinjiuye.portal.care.internal.ClaimantKind;
import cn.xinjiuye.portal.care.internal.Difficulty;
import cn.xinjiuye.portal.care.internal.HouseholdDetails;
import cn.xinjiuye.portal.common.web.FormFlow;
import cn.xinjiuye.portal.common.web.PageRequests;
import cn.xinjiuye.portal.common.web.ViewModel;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
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

/** 困难家庭数据包: list, register, claim, record help, release, close. */
@Controller
@RequestMapping("/care/packages")
@RequiredArgsConstructor
class AidPackageController {

    private final AidPackageService packages;
    private final Clock clock;

    @GetMapping
    String list(AidPackageFilter filter, Integer page, Model model) {
        model.addAttribute("page", packages.search(filter, PageRequests.of(page, null)));
        model.addAttribute("statuses", AidStatus.values());
        model.addAttribute("difficulties", Difficulty.values());
        return ViewModel.render(model, "care/packages/list", filter);
    }

    @GetMapping("/new")
    String createForm(Model model) {
        model.addAttribute("form", AidPackageForm.empty());
        return formPage(model);
    }

    @PostMapping
    String create(
            @Valid @ModelAttribute("form") AidPackageForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes flash) {
        return FormFlow.submit(
                binding,
                flash,
                "care.package.created",
                () -> "/care/packages/"
                        + packages.create(form.communityCode(), form.household())
                                .getId(),
                () -> formPage(model));
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        return showPage(packages.page(id), null, emptyHelp(), model);
    }

    /** The household in full: only for those allowed, and audited. */
    @GetMapping("/{id}/household")
    String household(@PathVariable long id, Model model) {
        model.addAttribute("pkg", packages.readHousehold(id));
        return "care/packages/household";
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        HouseholdDetails p = packages.readHousehold(id);
        model.addAttribute("pkg", p);
        model.addAttribute("form", AidPackageForm.of(p));
        return formPage(model);
    }

    @PostMapping("/{id}")
    String edit(
            @PathVariable long id,
            @Valid @ModelAttribute("form") AidPackageForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes flash) {
        return FormFlow.save(
                binding,
                flash,
                "care.package.updated",
                () -> packages.edit(id, FormFlow.version(form.version()), form.household()),
                "/care/packages/" + id,
                () -> {
                    model.addAttribute("pkg", packages.view(id));
                    return formPage(model);
                });
    }

    @PostMapping("/{id}/claim")
    String claim(
            @PathVariable long id,
            @Valid @ModelAttribute("claim") ClaimForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes flash) {
        return FormFlow.save(
                binding,
                flash,
                "care.package.claimed",
                () -> packages.claim(id, FormFlow.version(form.version()), form.claimantKind(), form.claimantName()),
                "/care/packages/" + id,
                () -> showPage(packages.page(id), form, emptyHelp(), model));
    }

    @PostMapping("/{id}/release")
    String release(@PathVariable long id, @RequestParam long version, RedirectAttributes flash) {
        return FormFlow.attempt(
                flash, "care.package.released", () -> packages.release(id, version), "/care/packages/" + id);
    }

    @PostMapping("/{id}/close")
    String close(@PathVariable long id, @RequestParam long version, RedirectAttributes flash) {
        return FormFlow.attempt(
                flash, "care.package.closed", () -> packages.close(id, version), "/care/packages/" + id);
    }

    @PostMapping("/{id}/help")
    String help(
            @PathVariable long id,
            @Valid @ModelAttribute("help") HelpForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes flash) {
        return FormFlow.save(
                binding,
                flash,
                "care.help.recorded",
                () -> packages.recordHelp(id, form.helpedOn(), form.what(), form.valueYuan(), form.givenBy()),
                "/care/packages/" + id,
                () -> showPage(packages.page(id), null, form, model));
    }

    private static String formPage(Model model) {
        model.addAttribute("difficulties", Difficulty.values());
        return "care/packages/form";
    }

    /** The package's page; {@code claim} null: an empty claim form at the package's version. */
    private static String showPage(AidPackageView.Page page, ClaimForm claim, HelpForm help, Model model) {
        model.addAttribute("claimantKinds", ClaimantKind.values());
        if (!model.containsAttribute("claim")) {
            model.addAttribute(
                    "claim",
                    claim != null ? claim : new ClaimForm(null, "", page.pkg().version()));
        }
        if (!model.containsAttribute("help")) {
            model.addAttribute("help", help);
        }
        return ViewModel.render(model, "care/packages/show", page);
    }

    private HelpForm emptyHelp() {
        return new HelpForm(LocalDate.now(clock), "", null, "");
    }
}
