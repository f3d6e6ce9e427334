package cn.xinjiuye.portal.station.web;

import cn.xinjiuye.portal.common.FieldRuleException;
import cn.xinjiuye.portal.station.internal.StationChecks;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 这里正常吗? on a station's public page: a courier's answer, without sign-in. The device is a random cookie of its
 * own (no personal data); an answer over a limit gets a polite page (429) and changes nothing, bad input the form
 * again with the error (400), a recorded one the station page with a thank-you.
 */
@Controller
@RequiredArgsConstructor
class StationCheckController {

    static final String DEVICE_COOKIE = "portal_device";
    private static final Pattern DEVICE_ID = Pattern.compile("[0-9a-f-]{32,36}");

    private final StationChecks checks;

    @PostMapping("/public/stations/{id}/check")
    String answer(
            @PathVariable long id,
            @RequestParam(required = false) String answer,
            @RequestParam(required = false) List<String> missing,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        String device = device(request, response);
        try {
            return switch (checks.answer(id, answer, missing, device, request.getRemoteAddr())) {
                case RECORDED ->
                    "redirect:/public/stations/" + id + "?checked=" + ("OK".equals(answer) ? "ok" : "problem")
                            + "#check";
                case LIMITED -> refused(id, HttpStatus.TOO_MANY_REQUESTS, "station.check.limited", model, response);
            };
        } catch (FieldRuleException e) {
            model.addAttribute("field", e.field());
            return refused(id, HttpStatus.BAD_REQUEST, e.messageKey(), model, response);
        }
    }

    private String refused(long id, HttpStatus status, String messageKey, Model model, HttpServletResponse response) {
        response.setStatus(status.value());
        model.addAttribute("station", checks.station(id));
        model.addAttribute("problem", messageKey);
        return "station/check-refused";
    }

    /** The device's id from its cookie, or a new one set for a year. */
    private static String device(HttpServletRequest request, HttpServletResponse response) {
        String known = Arrays.stream(request.getCookies() == null ? new Cookie[0] : request.getCookies())
                .filter(c -> DEVICE_COOKIE.equals(c.getName())
                        && DEVICE_ID.matcher(c.getValue()).matches())
                .map(Cookie::getValue)
                .findFirst()
                .orElse(null);
        if (known != null) {
            return known;
        }
        String id = UUID.randomUUID().toString();
        Cookie cookie = new Cookie(DEVICE_COOKIE, id);
        cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure());
        cookie.setMaxAge((int) Duration.ofDays(365).toSeconds());
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
        return id;
    }
}
