package cn.xinjiuye.portal.common.web;

import cn.xinjiuye.portal.common.FieldRuleException;
import cn.xinjiuye.portal.common.persistence.UniqueConstraints;
import java.util.function.Supplier;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The one shape of a form POST (post/redirect/get), so controllers stop repeating it: when the bound form has no
 * errors, call the service; on success put a flash message and redirect; when the service refuses with a
 * {@link FieldRuleException}, put that on its field ({@link Forms#reject}) and show the form again with what was
 * typed. Field errors from {@code @Valid} show the form again without calling the service; a write the database
 * refuses (a constraint no rule caught) is an error at the top of the form, also with what was typed.
 *
 * <pre>{@code
 * @PostMapping
 * String create(@Valid @ModelAttribute("form") RegionForm form, BindingResult binding, RedirectAttributes flash) {
 *     return FormFlow.submit(binding, flash, "region.created",
 *             () -> "/regions/" + regions.create(form.parentCode(), form.code(), form.name()).getId(),
 *             () -> "region/form");
 * }
 * }</pre>
 *
 * A button without a form (enable, release, close) uses {@link #attempt}: the rule's message becomes an error flash
 * on the same redirect.
 *
 * <pre>{@code
 * return FormFlow.attempt(flash, "care.package.closed", () -> packages.close(id, version), "/care/packages/" + id);
 * }</pre>
 */
public final class FormFlow {

    private FormFlow() {}

    /**
     * Runs {@code action} unless the form has errors. It returns the path to redirect to (without "redirect:");
     * {@code form} adds what the form page needs to the model and returns its view.
     *
     * @return "redirect:" + the action's path and the flash message {@code successKey}, or the form's view
     */
    public static String submit(
            BindingResult binding,
            RedirectAttributes flash,
            String successKey,
            Supplier<String> action,
            Supplier<String> form) {
        if (!binding.hasErrors()) {
            try {
                String path = action.get();
                flash.addFlashAttribute("success", successKey);
                return "redirect:" + path;
            } catch (FieldRuleException e) {
                Forms.reject(binding, e);
            } catch (DataIntegrityViolationException e) {
                // A constraint the service did not turn into a field rule: the form again, with what was typed.
                binding.reject(
                        UniqueConstraints.violated(e).isPresent() ? "form.error.duplicate" : "form.error.notSaved");
            }
        }
        return form.get();
    }

    /**
     * {@link #submit} for an action that answers nothing (an edit, a recorded step): after it, redirect to the
     * {@code path} that is known beforehand.
     */
    public static String save(
            BindingResult binding,
            RedirectAttributes flash,
            String successKey,
            Runnable action,
            String path,
            Supplier<String> form) {
        return submit(
                binding,
                flash,
                successKey,
                () -> {
                    action.run();
                    return path;
                },
                form);
    }

    /**
     * Runs {@code action}, then redirects to {@code path} with the flash message {@code successKey}, or with the
     * refused rule's message as the flash "error" (and its arguments, if any, as "errorArgs").
     */
    public static String attempt(RedirectAttributes flash, String successKey, Runnable action, String path) {
        try {
            action.run();
            flash.addFlashAttribute("success", successKey);
        } catch (FieldRuleException e) {
            flash.addFlashAttribute("error", e.messageKey());
            if (e.args().length > 0) {
                flash.addFlashAttribute("errorArgs", e.args());
            }
        } catch (DataIntegrityViolationException e) {
            flash.addFlashAttribute(
                    "error",
                    UniqueConstraints.violated(e).isPresent() ? "form.error.duplicate" : "form.error.notSaved");
        }
        return "redirect:" + path;
    }

    /** A form's hidden version field, or -1 when it is missing, so the service answers with a stale-edit 409. */
    public static long version(Long version) {
        return version == null ? -1 : version;
    }
}
