package cn.xinjiuye.portal.governance.web;

import cn.xinjiuye.portal.common.FieldRuleException;
import cn.xinjiuye.portal.common.web.FormFlow;
import cn.xinjiuye.portal.governance.internal.ApiKeyAdmin;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators: Open311 keys (issue with the secret shown once, district scope, department, rate limit, revoke). */
@Controller
@RequestMapping("/admin/governance/keys")
@PreAuthorize("hasRole('ADMIN')")
@RequiredArgsConstructor
class ApiKeyController {

    private final ApiKeyAdmin keys;

    @GetMapping
    String list(Model model) {
        model.addAttribute("page", keys.page());
        return "governance/keys";
    }

    /** The secret travels in the flash only: shown on the next page once, never stored in clear. */
    @PostMapping
    String issue(
            @RequestParam(required = false) String name,
            @RequestParam(name = "districtIds", required = false) List<Long> districtIds,
            @RequestParam(required = false) Long departmentId,
            @RequestParam(required = false) Integer perMinute,
            RedirectAttributes flash) {
        try {
            flash.addFlashAttribute("issued", keys.issue(name, districtIds, departmentId, perMinute));
        } catch (FieldRuleException e) {
            flash.addFlashAttribute("error", e.messageKey());
        }
        return "redirect:/admin/governance/keys";
    }

    @PostMapping("/{id}/revoke")
    String revoke(@PathVariable long id, RedirectAttributes flash) {
        return FormFlow.attempt(flash, "open311.key.revoked", () -> keys.revoke(id), "/admin/governance/keys");
    }
}
