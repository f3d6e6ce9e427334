package cn.xinjiuye.portal.governance.web;

import cn.xinjiuye.portal.common.FieldRuleException;
import cn.xinjiuye.portal.common.images.PhotoCleaner;
import cn.xinjiuye.portal.common.map.MapProperties;
import cn.xinjiuye.portal.common.web.Forms;
import cn.xinjiuye.portal.governance.internal.CaseCategory;
import cn.xinjiuye.portal.governance.internal.CaseFiling;
import cn.xinjiuye.portal.governance.internal.CaseSource;
import cn.xinjiuye.portal.governance.internal.CaseStatus;
import cn.xinjiuye.portal.governance.internal.CaseTracking;
import cn.xinjiuye.portal.governance.internal.Photos;
import cn.xinjiuye.portal.governance.internal.Rating;
import cn.xinjiuye.portal.governance.internal.ReportDrafts;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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

/**
 * Reporting from a phone (隐患直报 / 随手拍) signed in or anonymous with a phone number, and the public tracking page
 * opened with the case number and the phone's last four digits, where the reporter also rates a closed case.
 */
@Controller
@RequestMapping("/public/cases")
@RequiredArgsConstructor
class PublicCaseController {

    private final CaseFiling filing;
    private final ReportSubmission submission;
    private final ReportDrafts drafts;
    private final CaseTracking tracking;
    private final MapProperties map;
    private final MessageSource messages;

    @GetMapping("/new")
    String form(Model model) {
        CaseFiling.ReportPage page = filing.reportPage();
        model.addAttribute("form", ReportForm.empty(page.lastCommunity()));
        return show(page, model);
    }

    @PostMapping("/new")
    String file(
            @Valid @ModelAttribute("form") ReportForm form,
            BindingResult binding,
            HttpServletRequest request,
            Model model,
            RedirectAttributes flash)
            throws IOException {
        if (binding.hasErrors()) {
            return refused(form, binding, model);
        }
        try {
            flash.addFlashAttribute("caseNo", submission.file(form, request.getRemoteAddr()));
            return "redirect:/public/cases/filed";
        } catch (FieldRuleException e) {
            Forms.reject(binding, e);
            return refused(form, binding, model);
        }
    }

    /** The form again with everything typed, and the photos sent so far as thumbnails (kept in a draft). */
    private String refused(ReportForm form, BindingResult binding, Model model) throws IOException {
        model.addAttribute("draft", submission.keep(form, binding));
        return show(filing.reportPage(), model);
    }

    /** A thumbnail of a refused form's photo: only for whoever holds the draft's token; never cached. */
    @GetMapping("/drafts/{token}/photos/{id}")
    ResponseEntity<byte[]> draftPhoto(@PathVariable String token, @PathVariable long id) {
        return drafts.photo(token, id)
                .map(p -> ResponseEntity.ok()
                        .cacheControl(CacheControl.noStore())
                        .contentType(MediaType.parseMediaType(p.contentType()))
                        .body(p.bytes()))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    @GetMapping("/filed")
    String filed(Model model) {
        if (!model.containsAttribute("caseNo")) {
            return "redirect:/public/cases/track";
        }
        return "governance/filed";
    }

    /**
     * Earlier cases of the category nearby (to avoid duplicates, and to follow one instead): category, the start of
     * its public text, status and distance, in the user's language; no personal data.
     */
    @GetMapping("/nearby")
    ResponseEntity<List<NearbyCase>> nearby(
            @RequestParam CaseCategory category, @RequestParam double lat, @RequestParam double lng, Locale locale) {
        if (Math.abs(lat) > 90 || Math.abs(lng) > 180) {
            return ResponseEntity.badRequest().build();
        }
        return ResponseEntity.ok(filing.nearby(category, lat, lng).stream()
                .map(n -> new NearbyCase(
                        n.caseNo(),
                        messages.getMessage(n.category().messageKey(), null, locale),
                        n.status(),
                        messages.getMessage(n.status().messageKey(), null, locale),
                        n.summary(),
                        n.metres(),
                        n.submittedAt()))
                .toList());
    }

    /** An earlier case nearby as the report page's script shows it. */
    record NearbyCase(
            String caseNo,
            String categoryLabel,
            CaseStatus status,
            String statusLabel,
            String summary,
            long metres,
            java.time.Instant submittedAt) {}

    /** The empty form; the link in a reporter's SMS fills in the case number (the phone's digits are still asked). */
    @GetMapping("/track")
    String trackForm(@RequestParam(required = false) String caseNo, Model model) {
        return show(CaseTracking.TrackPage.form(caseNo), model);
    }

    @PostMapping("/track")
    String track(
            @RequestParam(defaultValue = "") String caseNo,
            @RequestParam(defaultValue = "") String phoneTail,
            HttpServletRequest request,
            Model model) {
        return show(tracking.track(caseNo, phoneTail, request.getRemoteAddr()), model);
    }

    @PostMapping("/rate")
    String rate(
            @RequestParam(defaultValue = "") String caseNo,
            @RequestParam(defaultValue = "") String phoneTail,
            @RequestParam(required = false) Rating rating,
            HttpServletRequest request,
            Model model) {
        return show(tracking.rate(caseNo, phoneTail, rating, request.getRemoteAddr()), model);
    }

    private String show(CaseTracking.TrackPage page, Model model) {
        model.addAttribute("track", page);
        model.addAttribute("ratings", Rating.values());
        // The layout's alerts show the message too, as they did when the page had them as plain attributes.
        model.addAttribute("success", page.success());
        model.addAttribute("error", page.error());
        return "governance/track";
    }

    private String show(CaseFiling.ReportPage page, Model model) {
        model.addAttribute("page", page);
        model.addAttribute("categories", CaseCategory.values());
        model.addAttribute("sources", List.of(CaseSource.SNAPSHOT, CaseSource.HAZARD));
        model.addAttribute("map", map);
        // What the phone checks before sending (the server checks the same).
        model.addAttribute("maxPhotos", Photos.MAX_COUNT);
        model.addAttribute("maxPhotoBytes", PhotoCleaner.MAX_BYTES);
        return "governance/report";
    }
}
