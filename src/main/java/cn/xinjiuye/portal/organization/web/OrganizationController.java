package cn.xinjiuye.portal.organization.web;

import cn.xinjiuye.portal.common.FieldRuleException;
import cn.xinjiuye.portal.common.web.Forms;
import cn.xinjiuye.portal.organization.internal.Affiliations;
import cn.xinjiuye.portal.organization.internal.Industry;
import cn.xinjiuye.portal.organization.internal.OrganizationService;
import cn.xinjiuye.portal.organization.internal.OrganizationType;
import cn.xinjiuye.portal.organization.internal.PartyOrganization;
import cn.xinjiuye.portal.organization.internal.PipelineService;
import cn.xinjiuye.portal.organization.internal.Standardization;
import jakarta.validation.Valid;
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
class OrganizationController {

    private final Affiliations affiliations;
    private final OrganizationService organizations;
    private final PipelineService pipeline;

    OrganizationController(OrganizationService organizations, PipelineService pipeline, Affiliations affiliations) {
        this.organizations = organizations;
        this.pipeline = pipeline;
        this.affiliations = affiliations;
    }

    @GetMapping
    String tree(Model model) {
        model.addAttribute("tree", organizations.tree());
        return "organization/tree";
    }

    @GetMapping("/new")
    @PreAuthorize("hasAnyRole('ADMIN','ORG_STAFF','STREET_STAFF','COMMUNITY_SECRETARY')")
    String createForm(Model model) {
        model.addAttribute("form", OrganizationForm.empty());
        return form(model, null);
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('ADMIN','ORG_STAFF','STREET_STAFF','COMMUNITY_SECRETARY')")
    String create(
            @Valid @ModelAttribute("form") OrganizationForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes flash) {
        if (!binding.hasErrors()) {
            try {
                PartyOrganization created = organizations.create(form.data());
                flash.addFlashAttribute("success", "organization.created");
                return "redirect:/organizations/" + created.getId();
            } catch (FieldRuleException e) {
                Forms.reject(binding, e);
            }
        }
        return form(model, null);
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        OrganizationService.OrganizationSummary summary = organizations.summary(id);
        model.addAttribute("summary", summary);
        model.addAttribute("org", summary.organization());
        model.addAttribute(
                "secretaryUsername",
                organizations.secretaryUsername(summary.organization()).orElse(null));
        model.addAttribute("reports", affiliations.reportsOfBranch(id));
        return "organization/show";
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize("hasAnyRole('ADMIN','ORG_STAFF','STREET_STAFF','COMMUNITY_SECRETARY')")
    String editForm(@PathVariable long id, Model model) {
        PartyOrganization o = organizations.get(id);
        model.addAttribute(
                "form",
                OrganizationForm.of(o, organizations.secretaryUsername(o).orElse("")));
        return form(model, o);
    }

    @PostMapping("/{id}")
    @PreAuthorize("hasAnyRole('ADMIN','ORG_STAFF','STREET_STAFF','COMMUNITY_SECRETARY')")
    String update(
            @PathVariable long id,
            @Valid @ModelAttribute("form") OrganizationForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes flash) {
        PartyOrganization o = organizations.get(id);
        if (!binding.hasErrors()) {
            try {
                organizations.update(id, form.version() == null ? -1 : form.version(), form.data());
                flash.addFlashAttribute("success", "organization.updated");
                return "redirect:/organizations/" + id;
            } catch (FieldRuleException e) {
                Forms.reject(binding, e);
            }
        }
        return form(model, o);
    }

    @GetMapping("/{id}/due")
    String due(@PathVariable long id, Model model) {
        model.addAttribute("org", organizations.get(id));
        model.addAttribute("rows", pipeline.due(id));
        return "organization/due";
    }

    private String form(Model model, PartyOrganization editing) {
        model.addAttribute("editing", editing);
        model.addAttribute("types", OrganizationType.values());
        model.addAttribute("industries", Industry.values());
        model.addAttribute("standardizations", Standardization.values());
        model.addAttribute(
                "parents",
                organizations.visible().stream()
                        .filter(o -> !o.isBranchLevel()
                                && (editing == null || !o.getId().equals(editing.getId())))
                        .toList());
        return "organization/form";
    }
}
