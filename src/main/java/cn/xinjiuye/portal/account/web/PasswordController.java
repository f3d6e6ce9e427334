package cn.xinjiuye.portal.account.web;

import cn.xinjiuye.portal.account.internal.AccountService;
import cn.xinjiuye.portal.common.security.CurrentUser;
import cn.xinjiuye.portal.common.web.FormFlow;
import jakarta.validation.Valid;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 修改密码: every signed-in user; forced after an administrator's reset. */
@Controller
class PasswordController {

    private final AccountService accounts;

    PasswordController(AccountService accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/account/password")
    String form(Model model) {
        model.addAttribute("form", new PasswordForm("", "", ""));
        return "account/password";
    }

    @PostMapping("/account/password")
    String change(@Valid @ModelAttribute("form") PasswordForm form, BindingResult binding, RedirectAttributes flash) {
        return FormFlow.submit(
                binding,
                flash,
                "password.changed",
                () -> {
                    CurrentUser refreshed = accounts.changeOwnPassword(form.currentPassword(), form.newPassword());
                    // The session keeps the principal: replace it so the forced-change flag is gone.
                    Authentication auth = UsernamePasswordAuthenticationToken.authenticated(
                            refreshed, null, refreshed.getAuthorities());
                    SecurityContextHolder.getContext().setAuthentication(auth);
                    return "/";
                },
                () -> "account/password");
    }
}
