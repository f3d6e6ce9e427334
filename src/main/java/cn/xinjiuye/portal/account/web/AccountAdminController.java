package cn.xinjiuye.portal.account.web;

import cn.xinjiuye.portal.account.internal.Account;
import cn.xinjiuye.portal.account.internal.AccountFilter;
import cn.xinjiuye.portal.account.internal.AccountService;
import cn.xinjiuye.portal.account.internal.AccountView;
import cn.xinjiuye.portal.common.security.Role;
import cn.xinjiuye.portal.common.web.FormFlow;
import cn.xinjiuye.portal.common.web.PageRequests;
import cn.xinjiuye.portal.common.web.ViewModel;
import jakarta.validation.Valid;
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
class AccountAdminController {

    private final AccountService accounts;

    AccountAdminController(AccountService accounts) {
        this.accounts = accounts;
    }

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
    String show(@PathVariable long id, Model model) {
        AccountView account = accounts.view(id);
        model.addAttribute("form", AccountEditForm.of(account));
        return showPage(account, model);
    }

    @PostMapping("/{id}")
    String edit(
            @PathVariable long id,
            @Valid @ModelAttribute("form") AccountEditForm form,
            BindingResult binding,
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
                () -> showPage(accounts.view(id), model));
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

    private Account create(AccountCreateForm form) {
        return accounts.create(
                form.username(),
                form.displayName(),
                form.phone(),
                form.role(),
                form.regionCode(),
                form.initialPassword());
    }

    private static String showPage(AccountView account, Model model) {
        model.addAttribute("account", account);
        return "account/show";
    }
}
