package cn.xinjiuye.portal.governance.web;

import cn.xinjiuye.portal.common.web.FormFlow;
import cn.xinjiuye.portal.governance.internal.CaseCategory;
import cn.xinjiuye.portal.governance.internal.DepartmentService;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators: responsible departments of a district, routing rules and department accounts. */
@Controller
@RequestMapping("/admin/governance/departments")
@RequiredArgsConstructor
class DepartmentController {

    private final DepartmentService departments;

    @GetMapping
    String list(@RequestParam(required = false) Long districtId, Model model) {
        model.addAttribute("page", departments.page(districtId));
        model.addAttribute("categories", CaseCategory.values());
        return "governance/departments";
    }

    @PostMapping
    String create(
            @RequestParam long districtId,
            @RequestParam(required = false) String name,
            @RequestParam(required = false) String phone,
            RedirectAttributes flash) {
        return run(districtId, flash, () -> departments.create(districtId, name, phone));
    }

    @PostMapping("/rules")
    String route(
            @RequestParam long districtId,
            @RequestParam CaseCategory category,
            @RequestParam long departmentId,
            RedirectAttributes flash) {
        return run(districtId, flash, () -> departments.route(districtId, category, departmentId));
    }

    @PostMapping("/accounts")
    String bind(
            @RequestParam long districtId,
            @RequestParam long departmentId,
            @RequestParam(required = false) String username,
            RedirectAttributes flash) {
        return run(districtId, flash, () -> departments.bind(departmentId, username));
    }

    private static String run(long districtId, RedirectAttributes flash, Runnable action) {
        return FormFlow.attempt(flash, "case.saved", action, "/admin/governance/departments?districtId=" + districtId);
    }
}
