package cn.xinjiuye.portal.account.web;

import cn.xinjiuye.portal.account.Occupation;
import cn.xinjiuye.portal.account.internal.PhoneChange;
import cn.xinjiuye.portal.account.internal.WorkerProfile;
import cn.xinjiuye.portal.common.security.CurrentUser;
import cn.xinjiuye.portal.common.web.FormFlow;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.function.Supplier;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 我的资料 (a worker's own): name, occupation and employer; 更换手机号 with a code sent to the new number. */
@Controller
@RequiredArgsConstructor
class ProfileController {

    private static final String VERIFY = "/account/profile/phone/verify";

    private final WorkerProfile profile;
    private final PhoneChange phoneChange;

    @GetMapping("/account/profile")
    String form(Model model) {
        return page(model);
    }

    @PostMapping("/account/profile")
    String edit(
            @Valid @ModelAttribute("form") ProfileForm form,
            BindingResult binding,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response,
            RedirectAttributes flash) {
        return saveSignedIn(
                binding,
                flash,
                "profile.saved",
                () -> profile.edit(
                        FormFlow.version(form.version()), form.displayName(), form.occupation(), form.employerName()),
                request,
                response,
                () -> page(model));
    }

    @PostMapping("/account/profile/phone")
    String startPhoneChange(
            @Valid @ModelAttribute("phoneForm") PhoneChangeForm form,
            BindingResult binding,
            Model model,
            HttpServletRequest request,
            RedirectAttributes flash) {
        return FormFlow.submit(
                binding,
                flash,
                "phonecode.sent",
                () -> RegistrationController.withToken(
                        VERIFY, phoneChange.start(form.phone(), request.getRemoteAddr())),
                () -> page(model));
    }

    @GetMapping(VERIFY)
    String verifyForm(@RequestParam(required = false) String token, Model model) {
        model.addAttribute("form", CodeForm.of(token));
        return verifyPage(token, model);
    }

    @PostMapping(VERIFY)
    String verify(
            @Valid @ModelAttribute("form") CodeForm form,
            BindingResult binding,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response,
            RedirectAttributes flash) {
        return saveSignedIn(
                binding,
                flash,
                "profile.phoneChanged",
                () -> phoneChange.confirm(
                        form.token(), form.code(), request.getSession().getId()),
                request,
                response,
                () -> verifyPage(form.token(), model));
    }

    /**
     * Both forms change the account the session signed in with: after the change, the session's principal is the
     * account as it is now, and the worker is back on the profile page.
     */
    private static String saveSignedIn(
            BindingResult binding,
            RedirectAttributes flash,
            String successKey,
            Supplier<CurrentUser> change,
            HttpServletRequest request,
            HttpServletResponse response,
            Supplier<String> form) {
        return FormFlow.save(
                binding,
                flash,
                successKey,
                () -> Principals.replace(change.get(), request, response),
                "/account/profile",
                form);
    }

    /** The profile page with whichever of its two forms was not sent filled from the account. */
    private String page(Model model) {
        WorkerProfile.ProfileView view = profile.view();
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", ProfileForm.of(view));
        }
        if (!model.containsAttribute("phoneForm")) {
            model.addAttribute("phoneForm", new PhoneChangeForm(""));
        }
        model.addAttribute("phone", view.phone());
        model.addAttribute("occupations", Occupation.values());
        return "account/profile";
    }

    private String verifyPage(String token, Model model) {
        model.addAttribute("phone", phoneChange.phoneOf(token));
        return "account/phone-verify";
    }
}
