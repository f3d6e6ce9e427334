package cn.xinjiuye.portal.station.web;

import cn.xinjiuye.portal.common.FieldRuleException;
import cn.xinjiuye.portal.common.map.MapProperties;
import cn.xinjiuye.portal.common.web.FormFlow;
import cn.xinjiuye.portal.station.internal.OneTapServices;
import cn.xinjiuye.portal.station.internal.ServiceKind;
import cn.xinjiuye.portal.station.internal.StationPages;
import cn.xinjiuye.portal.station.internal.StationPhotos;
import cn.xinjiuye.portal.station.internal.StationService;
import jakarta.validation.Valid;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** What staff record on a station's page: 六有 inspections, services (one tap on the phone) and the photo. */
@Controller
@RequestMapping("/stations")
@PreAuthorize("hasAnyRole('ADMIN','ORG_STAFF','STREET_STAFF','COMMUNITY_SECRETARY')")
@RequiredArgsConstructor
class StationRecordsController {

    private final StationService stations;
    private final StationPages pages;
    private final StationPhotos photos;
    private final OneTapServices oneTap;
    private final MapProperties map;
    private final Clock clock;

    @PostMapping("/{id}/inspections")
    String inspect(
            @PathVariable long id,
            @Valid @ModelAttribute("inspectionForm") InspectionForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes flash) {
        return FormFlow.save(
                binding,
                flash,
                "station.inspection.recorded",
                () -> stations.recordInspection(id, form.inspectedOn(), form.inspector(), form.checks(), form.note()),
                "/stations/" + id + "#inspections",
                () -> StationPageModel.render(model, pages.page(id), map));
    }

    /** One tap on the phone: one service of a kind today (or a count and a date when given). */
    @PostMapping("/{id}/services")
    String serve(
            @PathVariable long id,
            @RequestParam ServiceKind kind,
            @RequestParam(required = false) Integer count,
            @RequestParam(required = false)
                    @org.springframework.format.annotation.DateTimeFormat(
                            iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE)
                    LocalDate servedOn,
            RedirectAttributes flash) {
        LocalDate on = servedOn == null ? LocalDate.now(clock) : servedOn;
        return FormFlow.attempt(
                flash,
                "station.service.recorded",
                () -> {
                    stations.recordService(id, on, kind, count == null ? 1 : count);
                    flash.addFlashAttribute("servedKind", kind);
                },
                "/stations/" + id + "#serve-" + kind);
    }

    /**
     * The one-tap button from the page's script (services.js): records the service and answers it as JSON, so the
     * page stays where the finger is and offers 撤销 beside the button.
     */
    @PostMapping("/{id}/services/tap")
    @ResponseBody
    Map<String, Object> tap(@PathVariable long id, @RequestParam ServiceKind kind) {
        return tapped(id, oneTap.tap(id, kind));
    }

    /** 撤销 of the user's own tap within its window: 409 with the reason when too late (403 another's, 404 gone). */
    @PostMapping("/{id}/services/{recordId}/undo")
    ResponseEntity<Map<String, Object>> undo(@PathVariable long id, @PathVariable long recordId) {
        try {
            return ResponseEntity.ok(tapped(id, oneTap.undo(id, recordId)));
        } catch (FieldRuleException late) {
            return ResponseEntity.status(HttpStatus.CONFLICT).body(Map.of("error", late.messageKey()));
        }
    }

    private static Map<String, Object> tapped(long stationId, OneTapServices.Tap tap) {
        return Map.of(
                "recordId", tap.recordId(),
                "kind", tap.kind().name(),
                "kindTotal", tap.kindTotal(),
                "undoUrl", "/stations/" + stationId + "/services/" + tap.recordId() + "/undo",
                "undoSeconds", OneTapServices.UNDO_SECONDS);
    }

    @PostMapping("/{id}/photo")
    String photo(
            @PathVariable long id,
            @RequestParam(name = "photo", required = false) MultipartFile photo,
            RedirectAttributes flash)
            throws IOException {
        byte[] bytes = photo == null ? new byte[0] : photo.getBytes();
        return FormFlow.attempt(flash, "station.photo.saved", () -> photos.save(id, bytes), "/stations/" + id);
    }

    @GetMapping("/{id}/photo")
    ResponseEntity<byte[]> photoBytes(@PathVariable long id) {
        return MapPoints.photo(photos.of(id));
    }
}
