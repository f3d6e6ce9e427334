package cn.xinjiuye.portal.account.web;

import cn.xinjiuye.portal.account.Occupation;
import cn.xinjiuye.portal.account.internal.Registration;
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
import org.springframework.web.util.UriComponentsBuilder;

/** Workers' self-registration: the form, then the code sent to the number at /register/verify. */
@Controller
@RequiredArgsConstructor
class RegistrationController {

    private final Registration registration;

    @GetMapping("/register")
    String registerForm(Model model) {
        model.addAttribute("form", RegistrationForm.empty());
        return registerPage(model);
    }

    @PostMapping("/register")
    String register(
            @Valid @ModelAttribute("form") RegistrationForm form,
            BindingResult binding,
            HttpServletRequest request,
            Model model,
            RedirectAttributes flash) {
        return FormFlow.submit(
                binding,
                flash,
                "phonecode.sent",
                () -> withToken(
                        "/register/verify",
                        registration.start(
                                form.phone(),
                                form.displayName(),
                                form.occupation(),
                                form.password(),
                                request.getRemoteAddr())),
                () -> registerPage(model));
    }

    @GetMapping("/register/verify")
    String verifyForm(@RequestParam(required = false) String token, Model model) {
        model.addAttribute("form", CodeForm.of(token));
        return verifyPage(token, model);
    }

    @PostMapping("/register/verify")
    String verify(
            @Valid @ModelAttribute("form") CodeForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes flash) {
        return FormFlow.save(
                binding,
                flash,
                "register.done",
                () -> registration.confirm(form.token(), form.code()),
                "/login",
                () -> verifyPage(form.token(), model));
    }

    private String verifyPage(String token, Model model) {
        model.addAttribute("phone", registration.phoneOf(token));
        return "account/register-verify";
    }

    /** The page that confirms a request: its path with the request's token. */
    static String withToken(String path, String token) {
        return UriComponentsBuilder.fromPath(path)
                .queryParam("token", token)
                .build()
                .toUriString();
    }

    private static String registerPage(Model model) {
        model.addAttribute("occupations", Occupation.values());
        return "account/register";
    }
}
