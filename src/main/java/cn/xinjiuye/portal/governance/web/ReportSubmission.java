package cn.xinjiuye.portal.governance.web;

import cn.xinjiuye.portal.common.web.Forms;
import cn.xinjiuye.portal.governance.internal.CaseFiling;
import cn.xinjiuye.portal.governance.internal.ReportDrafts;
import cn.xinjiuye.portal.station.ChinaCoordinates;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import org.springframework.web.multipart.MultipartFile;

/**
 * The reporting form as the page and the phone's offline queue send it: filed with the photos kept from a refused
 * attempt and the new uploads, or, when refused, its photos kept in a draft for the re-shown form.
 */
@Component
@RequiredArgsConstructor
class ReportSubmission {

    private final CaseFiling filing;
    private final ReportDrafts drafts;

    /** Files the form; its number. A rule it breaks is a {@code FieldRuleException}. */
    String file(ReportForm form, String remoteAddr) throws IOException {
        List<byte[]> photos = new ArrayList<>(drafts.photos(form.draftToken(), removed(form)));
        photos.addAll(uploads(form));
        Double lat = form.lat();
        Double lng = form.lng();
        if ("GCJ02".equals(form.coordSystem()) && lat != null && lng != null) {
            ChinaCoordinates.LatLng wgs = ChinaCoordinates.gcj02ToWgs84(lat, lng);
            lat = wgs.lat();
            lng = wgs.lng();
        }
        String caseNo = filing.file(
                new CaseFiling.Report(
                        form.source(),
                        form.category(),
                        form.description(),
                        lat,
                        lng,
                        form.address(),
                        form.communityId(),
                        form.reporterName(),
                        form.phone(),
                        Boolean.TRUE.equals(form.greenChannel()),
                        Boolean.TRUE.equals(form.smsConsent())),
                photos,
                remoteAddr);
        drafts.discard(form.draftToken());
        return caseNo;
    }

    /**
     * The refused form's photos in its draft (a photo the cleaner refuses is left out, with its reason on the form
     * unless the photos already have an error), for the thumbnails of the re-shown form.
     */
    ReportDrafts.Draft keep(ReportForm form, BindingResult binding) throws IOException {
        // Over the hourly limit new uploads are not even decoded (that is what the limit protects): the draft keeps
        // only what it already held.
        boolean limited = binding.getFieldErrors().stream().anyMatch(e -> "case.error.rateLimited".equals(e.getCode()));
        ReportDrafts.Draft draft = drafts.keep(form.draftToken(), removed(form), limited ? List.of() : uploads(form));
        if (!binding.hasFieldErrors("photos")) {
            draft.refused().forEach(e -> Forms.reject(binding, e));
        }
        return draft;
    }

    private static List<Long> removed(ReportForm form) {
        return form.removePhotos() == null ? List.of() : form.removePhotos();
    }

    private static List<byte[]> uploads(ReportForm form) throws IOException {
        List<byte[]> bytes = new ArrayList<>();
        if (form.photos() != null) {
            for (MultipartFile p : form.photos()) {
                if (!p.isEmpty()) {
                    bytes.add(p.getBytes());
                }
            }
        }
        return bytes;
    }
}
