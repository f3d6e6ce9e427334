package cn.xinjiuye.portal.station.web;

import cn.xinjiuye.portal.common.map.MapProperties;
import cn.xinjiuye.portal.station.internal.ServiceKind;
import cn.xinjiuye.portal.station.internal.StationPages.StationPage;
import cn.xinjiuye.portal.station.internal.StationPhotos;
import java.util.stream.Collectors;
import org.springframework.ui.Model;

/** The model of a station's staff page, shared by the page and the forms on it that re-render it. */
final class StationPageModel {

    private StationPageModel() {}

    static String render(Model model, StationPage page, MapProperties map) {
        model.addAttribute("station", page.station());
        model.addAttribute("inspections", page.inspections());
        model.addAttribute("summary", page.summary());
        model.addAttribute("chartMonths", String.join(",", page.summary().months()));
        model.addAttribute(
                "chartCounts",
                page.summary().monthTotals().stream().map(String::valueOf).collect(Collectors.joining(",")));
        model.addAttribute("serviceKinds", ServiceKind.values());
        model.addAttribute("overdue", page.overdue());
        model.addAttribute("intervalDays", page.intervalDays());
        model.addAttribute("hasPhoto", page.hasPhoto());
        model.addAttribute("maxPhotoBytes", StationPhotos.MAX_PHOTO_BYTES);
        model.addAttribute("days", java.time.DayOfWeek.values());
        MapPoints.addStation(model, map, page.station().lat(), page.station().lng(), "map");
        return "station/show";
    }
}
