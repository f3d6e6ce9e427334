package cn.xinjiuye.portal.audit.web;

import cn.xinjiuye.portal.audit.AuditAction;
import cn.xinjiuye.portal.audit.AuditService;
import cn.xinjiuye.portal.audit.AuditService.AuditFilter;
import cn.xinjiuye.portal.common.web.PageRequests;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/** 审计日志: who did what and when, filtered, for administrators. */
@Controller
@RequiredArgsConstructor
class AuditController {

    private final AuditService audit;

    @GetMapping("/admin/audit")
    String list(@ModelAttribute("filter") AuditFilter filter, Integer page, Model model) {
        model.addAttribute("page", audit.search(filter, PageRequests.of(page, 50)));
        model.addAttribute("actions", AuditAction.values());
        return "audit/list";
    }
}
