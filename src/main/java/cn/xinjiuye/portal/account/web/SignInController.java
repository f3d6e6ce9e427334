package cn.xinjiuye.portal.account.web;

import cn.xinjiuye.portal.account.SignInAttempts;
import cn.xinjiuye.portal.account.internal.SessionEndReason;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The sign-in page. Spring Security handles the POST /login itself. */
@Controller
class SignInController {

    private final SignInAttempts attempts;

    SignInController(SignInAttempts attempts) {
        this.attempts = attempts;
    }

    /** The sign-in page; {@code ended} names why a session was ended (anything that is no reason is ignored). */
    @GetMapping("/login")
    String login(@RequestParam(required = false) String ended, Model model) {
        model.addAttribute("lockoutMinutes", attempts.lockoutMinutes());
        model.addAttribute("endedReason", SessionEndReason.parse(ended).orElse(null));
        return "account/login";
    }
}
