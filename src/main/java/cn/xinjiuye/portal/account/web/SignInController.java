package cn.xinjiuye.portal.account.web;

import cn.xinjiuye.portal.account.Occupation;
import cn.xinjiuye.portal.account.SignInAttempts;
import cn.xinjiuye.portal.account.internal.AccountService;
import cn.xinjiuye.portal.account.internal.SessionEndReason;
import cn.xinjiuye.portal.common.web.FormFlow;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The sign-in page and the workers' self-registration. Spring Security handles the POST /login itself. */
@Controller
class SignInController {

    private final AccountService accounts;
    private final SignInAttempts attempts;

    SignInController(AccountService accounts, SignInAttempts attempts) {
        this.accounts = accounts;
        this.attempts = attempts;
    }

    /** The sign-in page; {@code ended} names why a session was ended (anything that is no reason is ignored). */
    @GetMapping("/login")
    String login(@RequestParam(required = false) String ended, Model model) {
        model.addAttribute("lockoutMinutes", attempts.lockoutMinutes());
        model.addAttribute("endedReason", SessionEndReason.parse(ended).orElse(null));
        return "account/login";
    }

    @GetMapping("/register")
    String registerForm(Model model) {
        model.addAttribute("form", RegistrationForm.empty());
        return registerPage(model);
    }

    @PostMapping("/register")
    String register(
            @Valid @ModelAttribute("form") RegistrationForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes flash) {
        return FormFlow.save(
                binding,
                flash,
                "register.done",
                () -> accounts.registerWorker(form.phone(), form.displayName(), form.occupation(), form.password()),
                "/login",
                () -> registerPage(model));
    }

    private static String registerPage(Model model) {
        model.addAttribute("occupations", Occupation.values());
        return "account/register";
    }
}
