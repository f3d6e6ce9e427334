package cn.xinjiuye.portal.organization.web;

import cn.xinjiuye.portal.common.web.FormFlow;
import cn.xinjiuye.portal.common.web.PageRequests;
import cn.xinjiuye.portal.common.web.ViewModel;
import cn.xinjiuye.portal.organization.internal.Coverage;
import cn.xinjiuye.portal.organization.internal.EnterpriseFilter;
import cn.xinjiuye.portal.organization.internal.EnterpriseKind;
import cn.xinjiuye.portal.organization.internal.EnterpriseService;
import cn.xinjiuye.portal.organization.internal.EnterpriseService.EnterpriseEditing;
import cn.xinjiuye.portal.organization.internal.Industry;
import jakarta.validation.Valid;
import lombok.RequiredArgsConstructor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 企业: enterprises of the new employment groups, who covers them, instructors and seed members, computed alerts. */
@Controller
@RequestMapping("/enterprises")
@PreAuthorize("hasAnyRole('ADMIN','ORG_STAFF','STREET_STAFF','COMMUNITY_SECRETARY')")
@RequiredArgsConstructor
class EnterpriseController {

    private final EnterpriseService enterprises;

    @GetMapping
    String list(EnterpriseFilter filter, Integer page, Integer size, Model model) {
        model.addAttribute("alerts", EnterpriseService.Alert.values());
        return ViewModel.render(
                model, "organization/enterprises", enterprises.list(filter, PageRequests.of(page, size)), filter);
    }

    @GetMapping("/new")
    String createForm(Model model) {
        model.addAttribute("form", EnterpriseForm.empty());
        return form(model, enterprises.editing(null));
    }

    @PostMapping
    String create(
            @Valid @ModelAttribute("form") EnterpriseForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes flash) {
        return FormFlow.submit(
                binding,
                flash,
                "enterprise.created",
                () -> "/enterprises/" + enterprises.create(form.data()),
                () -> form(model, enterprises.editing(null)));
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        model.addAttribute("view", enterprises.page(id));
        return "organization/enterprise";
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        EnterpriseEditing editing = enterprises.editing(id);
        model.addAttribute("form", EnterpriseForm.of(editing));
        return form(model, editing);
    }

    @PostMapping("/{id}")
    String update(
            @PathVariable long id,
            @Valid @ModelAttribute("form") EnterpriseForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes flash) {
        return FormFlow.save(
                binding,
                flash,
                "enterprise.updated",
                () -> enterprises.update(id, FormFlow.version(form.version()), form.data()),
                "/enterprises/" + id,
                () -> form(model, enterprises.editing(id)));
    }

    private String form(Model model, EnterpriseEditing editing) {
        model.addAttribute("editing", editing.id() == null ? null : editing);
        model.addAttribute("kinds", EnterpriseKind.values());
        model.addAttribute("industries", Industry.values());
        model.addAttribute("coverages", Coverage.values());
        model.addAttribute("organizations", editing.organizations());
        return "organization/enterprise-form";
    }
}
