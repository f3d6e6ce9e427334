package cn.xinjiuye.portal.account.web;

import cn.xinjiuye.portal.account.internal.AccountService;
import cn.xinjiuye.portal.common.web.FormFlow;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 修改密码: every signed-in user; forced after an administrator's reset. */
@Controller
@RequiredArgsConstructor
class PasswordController {

    private final AccountService accounts;

    @GetMapping("/account/password")
    String form(Model model) {
        model.addAttribute("form", new PasswordForm("", "", ""));
        return "account/password";
    }

    @PostMapping("/account/password")
    String change(
            @Valid @ModelAttribute("form") PasswordForm form,
            BindingResult binding,
            HttpServletRequest request,
            HttpServletResponse response,
            RedirectAttributes flash) {
        return FormFlow.submit(
                binding,
                flash,
                "password.changed",
                () -> {
                    Principals.replace(
                            accounts.changeOwnPassword(
                                    form.currentPassword(),
                                    form.newPassword(),
                                    request.getSession().getId()),
                            request,
                            response);
                    return "/";
                },
                () -> "account/password");
    }
}
