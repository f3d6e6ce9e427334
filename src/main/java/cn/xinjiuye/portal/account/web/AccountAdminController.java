package cn.xinjiuye.portal.account.web;

import cn.xinjiuye.portal.account.internal.Account;
import cn.xinjiuye.portal.account.internal.AccountFilter;
import cn.xinjiuye.portal.account.internal.AccountService;
import cn.xinjiuye.portal.account.internal.AccountSessionService;
import cn.xinjiuye.portal.account.internal.AccountView;
import cn.xinjiuye.portal.common.security.Role;
import cn.xinjiuye.portal.common.web.FormFlow;
import cn.xinjiuye.portal.common.web.PageRequests;
import cn.xinjiuye.portal.common.web.ViewModel;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 账户管理 for administrators: create, edit, disable and reset accounts. */
@Controller
@RequestMapping("/admin/accounts")
@RequiredArgsConstructor
class AccountAdminController {

    private final AccountService accounts;
    private final AccountSessionService sessions;

    @ModelAttribute("roles")
    Role[] roles() {
        return Role.values();
    }

    @GetMapping
    String list(AccountFilter filter, Integer page, Integer size, Model model) {
        model.addAttribute("page", accounts.search(filter, PageRequests.of(page, size)));
        return ViewModel.render(model, "account/list", filter);
    }

    @GetMapping("/new")
    String createForm(Model model) {
        model.addAttribute("form", AccountCreateForm.empty());
        return "account/create";
    }

    @PostMapping
    String create(
            @Valid @ModelAttribute("form") AccountCreateForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes flash) {
        return FormFlow.submit(
                binding,
                flash,
                "account.created",
                () -> "/admin/accounts/" + create(form).getId(),
                () -> "account/create");
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, HttpSession session, Model model) {
        AccountView account = accounts.view(id);
        model.addAttribute("form", AccountEditForm.of(account));
        return showPage(account, session, model);
    }

    @PostMapping("/{id}")
    String edit(
            @PathVariable long id,
            @Valid @ModelAttribute("form") AccountEditForm form,
            BindingResult binding,
            HttpSession session,
            Model model,
            RedirectAttributes flash) {
        return FormFlow.save(
                binding,
                flash,
                "account.updated",
                () -> accounts.edit(
                        id,
                        FormFlow.version(form.version()),
                        form.displayName(),
                        form.phone(),
                        form.role(),
                        form.regionCode()),
                "/admin/accounts/" + id,
                () -> showPage(accounts.view(id), session, model));
    }

    @PostMapping("/{id}/enabled")
    String setEnabled(
            @PathVariable long id,
            @RequestParam boolean enabled,
            @RequestParam long version,
            RedirectAttributes flash) {
        return FormFlow.attempt(
                flash,
                enabled ? "account.enabled.done" : "account.disabled.done",
                () -> accounts.setEnabled(id, version, enabled),
                "/admin/accounts/" + id);
    }

    @PostMapping("/{id}/reset-password")
    String resetPassword(@PathVariable long id, @RequestParam long version, RedirectAttributes flash) {
        String temporary = accounts.resetPassword(id, version);
        flash.addFlashAttribute("temporaryPassword", temporary);
        return "redirect:/admin/accounts/" + id;
    }

    /** Ends every session of the account: it must sign in again. */
    @PostMapping("/{id}/sessions/end")
    String endSessions(@PathVariable long id, RedirectAttributes flash) {
        sessions.endAll(id);
        flash.addFlashAttribute("success", "account.sessions.endedAll");
        return "redirect:/admin/accounts/" + id;
    }

    /** Ends one session, named by the hash the page shows; one that has already ended is said so. */
    @PostMapping("/{id}/sessions/{handle}/end")
    String endSession(@PathVariable long id, @PathVariable String handle, RedirectAttributes flash) {
        boolean ended = sessions.endOne(id, handle);
        flash.addFlashAttribute(
                ended ? "success" : "error", ended ? "account.sessions.ended" : "account.sessions.alreadyEnded");
        return "redirect:/admin/accounts/" + id;
    }

    private Account create(AccountCreateForm form) {
        return accounts.create(
                form.username(),
                form.displayName(),
                form.phone(),
                form.role(),
                form.regionCode(),
                form.initialPassword());
    }

    private String showPage(AccountView account, HttpSession session, Model model) {
        model.addAttribute("account", account);
        model.addAttribute("sessions", sessions.of(account.id(), session.getId()));
        return "account/show";
    }
}
