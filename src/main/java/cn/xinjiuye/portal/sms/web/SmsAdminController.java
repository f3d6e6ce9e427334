package cn.xinjiuye.portal.sms.web;

import cn.xinjiuye.portal.common.web.FormFlow;
import cn.xinjiuye.portal.common.web.PageRequests;
import cn.xinjiuye.portal.sms.internal.SmsAdmin;
import cn.xinjiuye.portal.sms.internal.SmsAdmin.SmsFilter;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Administrators: every SMS of the outbox (短信记录), the number masked, with its state and attempts; recording a
 * number's opt-out (回T退订).
 */
@Controller
@RequestMapping("/admin/sms")
@RequiredArgsConstructor
class SmsAdminController {

    private final SmsAdmin sms;

    @GetMapping
    String list(SmsFilter filter, Integer page, Model model) {
        model.addAttribute("filter", filter);
        model.addAttribute("provider", sms.providerName());
        model.addAttribute("messages", sms.page(filter, PageRequests.of(page, 50)));
        model.addAttribute("optedOutAt", sms.optedOutAt(filter.phone()));
        return "sms/list";
    }

    @PostMapping("/opt-outs")
    String optOut(@RequestParam(defaultValue = "") String phone, RedirectAttributes flash) {
        return FormFlow.attempt(
                flash,
                "sms.optOut.recorded",
                () -> {
                    sms.recordOptOut(phone);
                    // The list then shows the number just recorded.
                    flash.addAttribute("phone", phone.trim());
                },
                "/admin/sms");
    }
}
