package cn.xinjiuye.portal.organization.web;

import cn.xinjiuye.portal.common.web.FormFlow;
import cn.xinjiuye.portal.organization.internal.Industry;
import cn.xinjiuye.portal.organization.internal.OrganizationService;
import cn.xinjiuye.portal.organization.internal.OrganizationService.OrganizationEditing;
import cn.xinjiuye.portal.organization.internal.OrganizationType;
import cn.xinjiuye.portal.organization.internal.PipelineService;
import cn.xinjiuye.portal.organization.internal.PipelineService.DuePage;
import cn.xinjiuye.portal.organization.internal.Standardization;
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

/** 党组织: the organization tree with computed alerts, and one organization with its pipeline due list. */
@Controller
@RequestMapping("/organizations")
@PreAuthorize("hasAnyRole('ADMIN','ORG_STAFF','STREET_STAFF','COMMUNITY_SECRETARY','BRANCH_SECRETARY')")
@RequiredArgsConstructor
class OrganizationController {

    private final OrganizationService organizations;
    private final PipelineService pipeline;

    @GetMapping
    String tree(Model model) {
        model.addAttribute("tree", organizations.tree());
        return "organization/tree";
    }

    @GetMapping("/new")
    @PreAuthorize("hasAnyRole('ADMIN','ORG_STAFF','STREET_STAFF','COMMUNITY_SECRETARY')")
    String createForm(Model model) {
        model.addAttribute("form", OrganizationForm.empty());
        return form(model, organizations.editing(null));
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('ADMIN','ORG_STAFF','STREET_STAFF','COMMUNITY_SECRETARY')")
    String create(
            @Valid @ModelAttribute("form") OrganizationForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes flash) {
        return FormFlow.submit(
                binding,
                flash,
                "organization.created",
                () -> "/organizations/" + organizations.create(form.data()),
                () -> form(model, organizations.editing(null)));
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        model.addAttribute("page", organizations.page(id));
        return "organization/show";
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize("hasAnyRole('ADMIN','ORG_STAFF','STREET_STAFF','COMMUNITY_SECRETARY')")
    String editForm(@PathVariable long id, Model model) {
        OrganizationEditing editing = organizations.editing(id);
        model.addAttribute("form", OrganizationForm.of(editing));
        return form(model, editing);
    }

    @PostMapping("/{id}")
    @PreAuthorize("hasAnyRole('ADMIN','ORG_STAFF','STREET_STAFF','COMMUNITY_SECRETARY')")
    String update(
            @PathVariable long id,
            @Valid @ModelAttribute("form") OrganizationForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes flash) {
        return FormFlow.save(
                binding,
                flash,
                "organization.updated",
                () -> organizations.update(id, FormFlow.version(form.version()), form.data()),
                "/organizations/" + id,
                () -> form(model, organizations.editing(id)));
    }

    @GetMapping("/{id}/due")
    String due(@PathVariable long id, Model model) {
        DuePage page = pipeline.due(id);
        model.addAttribute("org", page.branch());
        model.addAttribute("rows", page.rows());
        return "organization/due";
    }

    private String form(Model model, OrganizationEditing editing) {
        model.addAttribute("editing", editing.id() == null ? null : editing);
        model.addAttribute("types", OrganizationType.values());
        model.addAttribute("industries", Industry.values());
        model.addAttribute("standardizations", Standardization.values());
        model.addAttribute("parents", editing.parents());
        return "organization/form";
    }
}
