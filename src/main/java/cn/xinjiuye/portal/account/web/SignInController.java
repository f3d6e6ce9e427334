package cn.xinjiuye.portal.account.web;

import cn.xinjiuye.portal.account.Occupation;
import cn.xinjiuye.portal.account.SignInAttempts;
import cn.xinjiuye.portal.account.internal.AccountService;
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

    /** {@code ?locked=5} or {@code ?throttled=15}: the minutes to wait, as the failure handler found them. */
    @GetMapping("/login")
    String login(
            @RequestParam(required = false) String locked,
            @RequestParam(required = false) String throttled,
            Model model) {
        model.addAttribute("waitMinutes", waitMinutes(locked != null ? locked : throttled));
        return "account/login";
    }

    /** A number from the query string, kept between 1 and the longest wait there is (it may have been edited). */
    private long waitMinutes(String param) {
        long longest = attempts.longestWaitMinutes();
        try {
            return Math.max(1, Math.min(longest, Long.parseLong(param == null ? "" : param.trim())));
        } catch (NumberFormatException e) {
            return longest;
        }
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
