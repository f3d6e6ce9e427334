package cn.xinjiuye.portal.account.web;

import cn.xinjiuye.portal.account.PrivacyNotice;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The privacy notice, public: linked from registration, the report form and every page's footer. */
@Controller
class PrivacyController {

    @GetMapping("/privacy")
    String privacy(Model model) {
        model.addAttribute("version", PrivacyNotice.VERSION);
        return "account/privacy";
    }
}
