package cn.xinjiuye.portal.account.web;

import cn.xinjiuye.portal.account.internal.AccountService;
import cn.xinjiuye.portal.common.security.CurrentUser;
import cn.xinjiuye.portal.common.web.FormFlow;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import lombok.RequiredArgsConstructor;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
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
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

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
                    CurrentUser refreshed = accounts.changeOwnPassword(
                            form.currentPassword(),
                            form.newPassword(),
                            request.getSession().getId());
                    // The session keeps the principal: replace it so the forced-change flag is gone, and save it,
                    // since the session lives in the database (a change to the object in memory would be lost).
                    SecurityContext context = SecurityContextHolder.createEmptyContext();
                    context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                            refreshed, null, refreshed.getAuthorities()));
                    SecurityContextHolder.setContext(context);
                    contexts.saveContext(context, request, response);
                    return "/";
                },
                () -> "account/password");
    }
}
