package cn.xinjiuye.portal.account.web;

import cn.xinjiuye.portal.account.SignInAttempts;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page. Spring Security handles the POST /login itself. */
@Controller
class SignInController {

    private final SignInAttempts attempts;

    SignInController(SignInAttempts attempts) {
        this.attempts = attempts;
    }

    @GetMapping("/login")
    String login(Model model) {
        model.addAttribute("lockoutMinutes", attempts.lockoutMinutes());
        return "account/login";
    }
}
