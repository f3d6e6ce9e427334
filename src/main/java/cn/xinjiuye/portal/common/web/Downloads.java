package cn.xinjiuye.portal.common.web;

import cn.xinjiuye.portal.common.excel.Xlsx;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpHeaders;

/** A file the browser saves: the one way the portal names its Excel downloads. */
public final class Downloads {

    private Downloads() {}

    /** Starts an .xlsx download, e.g. {@code Downloads.xlsx(response, "stations.xlsx")}, before writing the body. */
    public static void xlsx(HttpServletResponse response, String filename) {
        response.setContentType(Xlsx.CONTENT_TYPE);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, attachment(filename));
    }

    /**
     * The Content-Disposition of an attachment: the name in UTF-8 (RFC 5987), which every browser reads, and a plain
     * ASCII name too, for old clients, when it is one.
     */
    static String attachment(String filename) {
        String encoded = URLEncoder.encode(filename, StandardCharsets.UTF_8).replace("+", "%20");
        boolean plain = filename.chars().allMatch(c -> c > 0x20 && c < 0x7f && c != '"' && c != '\\');
        return "attachment; " + (plain ? "filename=\"" + filename + "\"; " : "") + "filename*=UTF-8''" + encoded;
    }
}
