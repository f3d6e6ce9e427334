package cn.xinjiuye.portal.account.web;

import cn.xinjiuye.portal.account.internal.Account;
import cn.xinjiuye.portal.account.internal.AccountService;
import cn.xinjiuye.portal.common.security.Role;
import cn.xinjiuye.portal.common.web.FormFlow;
import cn.xinjiuye.portal.common.web.PageRequests;
import jakarta.validation.Valid;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
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

    @GetMapping
    String list(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Role role,
            @RequestParam(required = false) Boolean enabled,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size,
            Model model) {
        Pageable base = PageRequests.of(page, size);
        Pageable sorted = PageRequest.of(base.getPageNumber(), base.getPageSize(), Sort.by("username"));
        model.addAttribute("page", accounts.search(q, role, enabled, sorted));
        model.addAttribute("q", q);
        model.addAttribute("role", role);
        model.addAttribute("enabled", enabled);
        model.addAttribute("roles", Role.values());
        return "account/list";
    }

    @GetMapping("/new")
    String createForm(Model model) {
        model.addAttribute("form", AccountCreateForm.empty());
        return createPage(model);
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
                () -> createPage(model));
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        Account account = accounts.get(id);
        model.addAttribute(
                "form",
                new AccountEditForm(
                        account.getDisplayName(),
                        account.getPhone(),
                        account.getRole(),
                        account.getRegion() == null ? "" : account.getRegion().getCode(),
                        account.getVersion()));
        return showPage(account, model);
    }

    @PostMapping("/{id}")
    String edit(
            @PathVariable long id,
            @Valid @ModelAttribute("form") AccountEditForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes flash) {
        return FormFlow.submit(
                binding,
                flash,
                "account.updated",
                () -> {
                    accounts.edit(
                            id,
                            FormFlow.version(form.version()),
                            form.displayName(),
                            form.phone(),
                            form.role(),
                            form.regionCode());
                    return "/admin/accounts/" + id;
                },
                () -> showPage(accounts.get(id), model));
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

    private static String createPage(Model model) {
        model.addAttribute("roles", Role.values());
        return "account/create";
    }

    private static String showPage(Account account, Model model) {
        model.addAttribute("account", account);
        model.addAttribute("roles", Role.values());
        return "account/show";
    }
}
