package cn.xinjiuye.portal.governance.web;

import cn.xinjiuye.portal.common.web.PublicUrl;
import cn.xinjiuye.portal.governance.internal.TrackingLinks;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The tracking page of {@link PublicCaseController} under {@code portal.public-url}, the case number filled in. */
@Component
class PublicTrackingLinks implements TrackingLinks {

    private final String trackPage;

    PublicTrackingLinks(@Value("${portal.public-url}") String publicUrl) {
        this.trackPage = PublicUrl.base(publicUrl) + "/public/cases/track?caseNo=";
    }

    @Override
    public String of(String caseNo) {
        return trackPage + URLEncoder.encode(caseNo, StandardCharsets.UTF_8);
    }
}
