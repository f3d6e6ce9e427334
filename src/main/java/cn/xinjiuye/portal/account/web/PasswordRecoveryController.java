package cn.xinjiuye.portal.account.web;

import cn.xinjiuye.portal.account.internal.PasswordRecovery;
import cn.xinjiuye.portal.common.web.FormFlow;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 忘记密码: a worker asks for a code at /password/forgot and sets a new password with it at /password/reset. */
@Controller
@RequiredArgsConstructor
class PasswordRecoveryController {

    private final PasswordRecovery recovery;

    @GetMapping("/password/forgot")
    String forgotForm(Model model) {
        model.addAttribute("form", new ForgotPasswordForm(""));
        return "account/password-forgot";
    }

    @PostMapping("/password/forgot")
    String forgot(
            @Valid @ModelAttribute("form") ForgotPasswordForm form,
            BindingResult binding,
            HttpServletRequest request,
            RedirectAttributes flash) {
        return FormFlow.submit(
                binding,
                flash,
                "phonecode.sentIfRegistered",
                () -> RegistrationController.withToken(
                        "/password/reset", recovery.start(form.phone(), request.getRemoteAddr())),
                () -> "account/password-forgot");
    }

    @GetMapping("/password/reset")
    String resetForm(@RequestParam(required = false) String token, Model model) {
        model.addAttribute("form", PasswordResetForm.of(token));
        return resetPage(token, model);
    }

    @PostMapping("/password/reset")
    String reset(
            @Valid @ModelAttribute("form") PasswordResetForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes flash) {
        return FormFlow.save(
                binding,
                flash,
                "password.recovered",
                () -> recovery.reset(form.token(), form.code(), form.password()),
                "/login",
                () -> resetPage(form.token(), model));
    }

    private String resetPage(String token, Model model) {
        model.addAttribute("phone", recovery.phoneOf(token));
        return "account/password-reset";
    }
}
