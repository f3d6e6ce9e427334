package cn.xinjiuye.portal.governance.web;

import cn.xinjiuye.portal.common.Phones;
import cn.xinjiuye.portal.governance.internal.CaseCategory;
import cn.xinjiuye.portal.governance.internal.CaseSource;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.web.multipart.MultipartFile;

/**
 * The reporting form (隐患直报 / 随手拍) with its photos. coordSystem is GCJ02 when the point was picked on a map whose
 * tiles are GCJ-02 (Amap); the controller converts it to WGS-84. draftToken names the photos kept from a refused
 * attempt ({@code ReportDrafts}); removePhotos are the ids of those the reporter took off again.
 */
record ReportForm(
        @NotNull(message = "{case.error.source}") CaseSource source,
        @NotNull(message = "{case.error.category}") CaseCategory category,

        @NotBlank(message = "{case.error.description}") @Size(max = 1000, message = "{case.error.tooLong}")
        String description,

        @DecimalMin(value = "-90", message = "{case.error.lat}") @DecimalMax(value = "90", message = "{case.error.lat}")
        Double lat,

        @DecimalMin(value = "-180", message = "{case.error.lng}")
        @DecimalMax(value = "180", message = "{case.error.lng}")
        Double lng,

        @Size(max = 200, message = "{case.error.tooLong}") String address,
        @NotNull(message = "{case.error.community}") Long communityId,
        @Size(max = 40, message = "{case.error.tooLong}") String reporterName,

        @Pattern(regexp = Phones.OPTIONAL_MOBILE, message = "{case.error.phone}")
        String phone,

        Boolean greenChannel,
        Boolean smsConsent,
        String coordSystem,
        List<MultipartFile> photos,
        String draftToken,
        List<Long> removePhotos) {

    static ReportForm empty(Long communityId) {
        return new ReportForm(
                CaseSource.SNAPSHOT,
                null,
                null,
                null,
                null,
                null,
                communityId,
                null,
                null,
                false,
                false,
                "WGS84",
                null,
                null,
                null);
    }
}
