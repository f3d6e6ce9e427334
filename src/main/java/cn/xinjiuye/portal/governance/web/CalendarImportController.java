package cn.xinjiuye.portal.governance.web;

import cn.xinjiuye.portal.common.FieldRuleException;
import cn.xinjiuye.portal.common.web.Downloads;
import cn.xinjiuye.portal.governance.internal.CalendarImportService;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators: import a year's holiday arrangement (template or JSON), preview it, confirm it. */
@Controller
@RequestMapping("/admin/governance")
@RequiredArgsConstructor
class CalendarImportController {

    private final CalendarImportService imports;
    private final MessageSource messages;

    @GetMapping("/template")
    void template(HttpServletResponse response, Locale locale) throws IOException {
        Downloads.xlsx(response, messages.getMessage("calendar.import.file", null, locale));
        imports.template(response.getOutputStream(), locale);
    }

    @PostMapping("/import")
    String preview(@RequestParam(name = "file", required = false) MultipartFile file, Model model, Locale locale)
            throws IOException {
        CalendarImportService.Preview preview = imports.preview(
                file == null ? null : file.getOriginalFilename(), file == null ? new byte[0] : file.getBytes());
        model.addAttribute("preview", preview);
        model.addAttribute(
                "importErrors",
                preview.errors().stream().map(e -> e.describe(messages, locale)).toList());
        return "governance/calendar-import";
    }

    @PostMapping("/import/confirm")
    String confirm(@RequestParam(required = false) String payload, RedirectAttributes flash) {
        try {
            CalendarImportService.Imported done = imports.confirm(payload);
            flash.addFlashAttribute("imported", done);
            flash.addFlashAttribute("success", "calendar.import.done");
            return "redirect:/admin/governance?year=" + done.year();
        } catch (FieldRuleException e) {
            flash.addFlashAttribute("error", e.messageKey());
            return "redirect:/admin/governance";
        }
    }
}
