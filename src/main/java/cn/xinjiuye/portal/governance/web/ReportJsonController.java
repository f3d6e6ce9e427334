package cn.xinjiuye.portal.governance.web;

import cn.xinjiuye.portal.common.FieldRuleException;
import cn.xinjiuye.portal.common.web.Forms;
import cn.xinjiuye.portal.governance.internal.CaseFollowers;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The report form from a phone's script: a report kept on the phone while offline and sent when the connection
 * returns (its number, or why it was refused, field by field, in the user's language, for the phone's queue), and
 * following an earlier case nearby instead of filing it again.
 */
@RestController
@RequestMapping("/public/cases")
@RequiredArgsConstructor
class ReportJsonController {

    private final ReportSubmission submission;
    private final CaseFollowers followers;
    private final MessageSource messages;

    /** A case filed, or the reasons a report was refused (field empty for the form as a whole). */
    record Answer(String caseNo, List<Reason> errors) {}

    record Reason(String field, String message) {}

    @PostMapping("/queued")
    ResponseEntity<Answer> queued(
            @Valid @ModelAttribute("form") ReportForm form,
            BindingResult binding,
            HttpServletRequest request,
            Locale locale)
            throws IOException {
        if (!binding.hasErrors()) {
            try {
                return ResponseEntity.ok(new Answer(submission.file(form, request.getRemoteAddr()), List.of()));
            } catch (FieldRuleException e) {
                Forms.reject(binding, e);
            }
        }
        return refused(binding, locale);
    }

    @PostMapping("/follow")
    ResponseEntity<Answer> follow(
            @RequestParam(defaultValue = "") String caseNo,
            @RequestParam(required = false) String phone,
            @RequestParam(defaultValue = "false") boolean smsConsent,
            HttpServletRequest request,
            Locale locale) {
        try {
            followers.follow(caseNo, phone, smsConsent, request.getRemoteAddr());
            return ResponseEntity.ok(new Answer(caseNo, List.of()));
        } catch (FieldRuleException e) {
            Reason reason =
                    new Reason(e.field(), messages.getMessage(e.messageKey(), e.args(), e.messageKey(), locale));
            return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT).body(new Answer(null, List.of(reason)));
        }
    }

    private ResponseEntity<Answer> refused(BindingResult binding, Locale locale) {
        List<Reason> reasons = binding.getAllErrors().stream()
                .map(e -> new Reason(e instanceof FieldError f ? f.getField() : "", messages.getMessage(e, locale)))
                .toList();
        return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT).body(new Answer(null, reasons));
    }
}
