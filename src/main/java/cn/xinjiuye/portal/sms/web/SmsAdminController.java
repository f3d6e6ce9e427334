package cn.xinjiuye.portal.sms.web;

import cn.xinjiuye.portal.common.FieldRuleException;
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
    String list(
            @RequestParam(required = false) String phone,
            @RequestParam(required = false) String state,
            @RequestParam(required = false) Integer page,
            Model model) {
        SmsFilter filter = new SmsFilter(phone, state);
        model.addAttribute("filter", filter);
        model.addAttribute("provider", sms.providerName());
        model.addAttribute("messages", sms.page(filter, PageRequests.of(page, 50)));
        model.addAttribute("optedOutAt", sms.optedOutAt(filter.phone()));
        return "sms/list";
    }

    @PostMapping("/opt-outs")
    String optOut(@RequestParam(defaultValue = "") String phone, RedirectAttributes flash) {
        try {
            sms.recordOptOut(phone);
            flash.addFlashAttribute("success", "sms.optOut.recorded");
            flash.addAttribute("phone", phone.trim());
        } catch (FieldRuleException e) {
            flash.addFlashAttribute("error", e.messageKey());
        }
        return "redirect:/admin/sms";
    }
}
