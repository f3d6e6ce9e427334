package cn.xinjiuye.portal.sms.web;

import cn.xinjiuye.portal.common.web.PageRequests;
import cn.xinjiuye.portal.sms.internal.SmsAdmin;
import cn.xinjiuye.portal.sms.internal.SmsAdmin.SmsFilter;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Administrators: every SMS of the outbox (短信记录), the number masked, with its state and attempts. */
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
        return "sms/list";
    }
}
