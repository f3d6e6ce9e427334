package cn.xinjiuye.portal.organization.web;

import cn.xinjiuye.portal.common.excel.ImportResult;
import cn.xinjiuye.portal.common.excel.Xlsx;
import cn.xinjiuye.portal.organization.internal.PeopleWorkbook;
import cn.xinjiuye.portal.organization.internal.PersonService;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The people's Excel workbook: the template, the all-or-nothing import and the masked export. */
@Controller
@RequestMapping("/people")
@PreAuthorize("hasAnyRole('ADMIN','ORG_STAFF','STREET_STAFF','COMMUNITY_SECRETARY','BRANCH_SECRETARY')")
@RequiredArgsConstructor
class PeopleWorkbookController {

    private final PeopleWorkbook workbook;
    private final MessageSource messages;

    @GetMapping("/template")
    void template(HttpServletResponse response, Locale locale) throws IOException {
        attachment(response, messages.getMessage("person.template.file", null, locale));
        workbook.template(response.getOutputStream(), locale);
    }

    @GetMapping("/export")
    void export(HttpServletResponse response, Locale locale) throws IOException {
        attachment(response, messages.getMessage("person.export.file", null, locale));
        workbook.export(response.getOutputStream(), locale);
    }

    @GetMapping("/import")
    String importForm() {
        return "organization/people-import";
    }

    @PostMapping("/import")
    String importFile(@RequestParam("file") MultipartFile file, Model model, Locale locale, RedirectAttributes flash)
            throws IOException {
        ImportResult<PersonService.PersonData> result = workbook.importPeople(file.getInputStream());
        if (!result.ok()) {
            model.addAttribute(
                    "importErrors",
                    result.errors().stream()
                            .map(e -> e.describe(messages, locale))
                            .toList());
            return "organization/people-import";
        }
        flash.addFlashAttribute("success", "person.imported");
        flash.addFlashAttribute("importedCount", result.rows().size());
        return "redirect:/people";
    }

    private static void attachment(HttpServletResponse response, String fileName) {
        response.setContentType(Xlsx.CONTENT_TYPE);
        response.setHeader(
                "Content-Disposition",
                "attachment; filename*=UTF-8''"
                        + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20"));
    }
}
