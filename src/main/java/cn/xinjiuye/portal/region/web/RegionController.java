package cn.xinjiuye.portal.region.web;

import cn.xinjiuye.portal.common.FieldRuleException;
import cn.xinjiuye.portal.common.web.FormFlow;
import cn.xinjiuye.portal.common.web.PageRequests;
import cn.xinjiuye.portal.common.web.ViewModel;
import cn.xinjiuye.portal.region.RegionLevel;
import cn.xinjiuye.portal.region.RegionService;
import cn.xinjiuye.portal.region.internal.RegionFilter;
import cn.xinjiuye.portal.region.internal.RegionView;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 行政区划与网格: the region tree of the user's scope. */
@Controller
@RequestMapping("/regions")
@PreAuthorize("hasAnyRole('ADMIN','ORG_STAFF','STREET_STAFF','COMMUNITY_SECRETARY')")
@RequiredArgsConstructor
class RegionController {

    private final RegionService regions;

    @GetMapping
    String list(RegionFilter filter, Integer page, Integer size, Model model) {
        model.addAttribute("page", regions.search(filter, PageRequests.of(page, size)));
        model.addAttribute("levels", RegionLevel.values());
        return ViewModel.render(model, "region/list", filter);
    }

    @GetMapping("/new")
    String createForm(@RequestParam(required = false) String parent, Model model) {
        model.addAttribute("form", RegionForm.empty(parent));
        return "region/form";
    }

    @PostMapping
    String create(@Valid @ModelAttribute("form") RegionForm form, BindingResult binding, RedirectAttributes flash) {
        return FormFlow.submit(
                binding,
                flash,
                "region.created",
                () -> "/regions/"
                        + regions.create(form.parentCode(), form.code(), form.name())
                                .getId(),
                () -> "region/form");
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        return ViewModel.render(model, "region/show", regions.page(id));
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        RegionView region = regions.view(id);
        model.addAttribute("form", new RegionForm(null, region.code(), region.name(), region.version()));
        return editPage(region, model);
    }

    @PostMapping("/{id}")
    String update(
            @PathVariable long id,
            @Valid @ModelAttribute("form") RegionForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes flash) {
        return FormFlow.save(
                binding,
                flash,
                "region.updated",
                () -> regions.update(id, FormFlow.version(form.version()), form.code(), form.name()),
                "/regions/" + id,
                () -> editPage(regions.view(id), model));
    }

    @PostMapping("/{id}/move")
    String move(
            @PathVariable long id,
            @RequestParam String parentCode,
            @RequestParam long version,
            Model model,
            RedirectAttributes flash) {
        try {
            regions.move(id, version, parentCode);
            flash.addFlashAttribute("success", "region.moved");
            return "redirect:/regions/" + id;
        } catch (FieldRuleException e) {
            model.addAttribute("moveError", e.messageKey());
            model.addAttribute("moveParentCode", parentCode);
            return ViewModel.render(model, "region/show", regions.page(id));
        }
    }

    @PostMapping("/{id}/active")
    String setActive(
            @PathVariable long id, @RequestParam boolean active, @RequestParam long version, RedirectAttributes flash) {
        return FormFlow.attempt(
                flash,
                active ? "region.activated" : "region.deactivated",
                () -> regions.setActive(id, version, active),
                "/regions/" + id);
    }

    private static String editPage(RegionView region, Model model) {
        model.addAttribute("region", region);
        return "region/edit";
    }
}
