package cn.xinjiuye.portal.audit.web;

import cn.xinjiuye.portal.audit.AuditAction;
import cn.xinjiuye.portal.audit.AuditService;
import cn.xinjiuye.portal.audit.AuditService.AuditFilter;
import cn.xinjiuye.portal.common.web.PageRequests;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** 审计日志: who did what and when, filtered, for administrators. */
@Controller
class AuditController {

    private final AuditService audit;

    AuditController(AuditService audit) {
        this.audit = audit;
    }

    @GetMapping("/admin/audit")
    String list(
            @RequestParam(required = false) String actor,
            @RequestParam(required = false) String action,
            @RequestParam(required = false) String entityType,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) Integer page,
            Model model) {
        AuditFilter filter = new AuditFilter(actor, action, entityType, from, to);
        model.addAttribute("page", audit.search(filter, PageRequests.of(page, 50)));
        model.addAttribute("filter", filter);
        model.addAttribute("actions", AuditAction.values());
        return "audit/list";
    }
}
