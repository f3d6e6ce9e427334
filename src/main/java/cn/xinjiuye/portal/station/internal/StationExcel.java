package cn.xinjiuye.portal.station.internal;

import cn.xinjiuye.portal.common.FieldRuleException;
import cn.xinjiuye.portal.common.Phones;
import cn.xinjiuye.portal.common.excel.CellError;
import cn.xinjiuye.portal.common.excel.ImportResult;
import cn.xinjiuye.portal.common.excel.RowReader;
import cn.xinjiuye.portal.common.excel.Xlsx;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Stations in Excel: a template, an export of the filtered list and an all-or-nothing import that names the row and
 * column of every error. Built on the shared {@link Xlsx} helper; the header row is accepted in either language.
 */
@Service
@PreAuthorize("hasAnyRole('ADMIN','ORG_STAFF','STREET_STAFF','COMMUNITY_SECRETARY')")
@RequiredArgsConstructor
public class StationExcel {

    static final List<String> COLUMNS = List.of(
            "name",
            "hostType",
            "address",
            "lat",
            "lng",
            "communityCode",
            "hours.MONDAY",
            "hours.TUESDAY",
            "hours.WEDNESDAY",
            "hours.THURSDAY",
            "hours.FRIDAY",
            "hours.SATURDAY",
            "hours.SUNDAY",
            "amenities",
            "managerName",
            "managerPhone",
            "status",
            "suspendReason");
    private static final Locale[] LANGUAGES = {Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH};

    private final StationService stations;
    private final MessageSource messages;

    public List<String> headers(Locale locale) {
        return COLUMNS.stream()
                .map(c -> messages.getMessage("station.excel." + c, null, locale))
                .toList();
    }

    public void template(OutputStream out, Locale locale) throws IOException {
        List<Object> example = new ArrayList<>(List.of(
                "福康社区党群服务中心爱心驿站",
                label(HostType.PARTY_CENTER, locale),
                "鞍山市铁东区山南街道福康社区",
                41.1130,
                122.9950,
                "210302011001"));
        example.addAll(
                List.of("08:00-20:00", "08:00-20:00", "08:00-20:00", "08:00-20:00", "08:00-20:00", "24h", "closed"));
        example.addAll(List.of(
                label(Amenity.WATER, locale) + "、" + label(Amenity.CHARGING, locale),
                "张三",
                "13800000000",
                label(StationStatus.OPEN, locale),
                ""));
        Xlsx.template(out, sheetName(locale), headers(locale), example);
    }

    public void export(OutputStream out, StationService.Filter filter, Locale locale) throws IOException {
        List<Station> all = stations.searchAll(filter);
        Xlsx.write(out, sheetName(locale), headers(locale), all.stream().map(s -> {
            List<Object> row = new ArrayList<>(List.of(
                    s.getName(),
                    label(s.getHostType(), locale),
                    s.getAddress(),
                    s.getLat(),
                    s.getLng(),
                    s.getCommunity().getCode()));
            row.addAll(s.getHours().days());
            row.add(String.join(
                    "、", s.getAmenities().stream().map(a -> label(a, locale)).toList()));
            row.add(s.getManagerName());
            row.add(s.getManagerPhone());
            row.add(label(s.getStatus(), locale));
            row.add(s.getSuspendReason());
            return row;
        }));
    }

    /** Reads and checks every row; writes them all in one transaction only when none has an error. */
    public ImportResult<StationDetails> importStations(InputStream in) {
        Map<String, HostType> hostTypes = choices(HostType.values(), HostType::messageKey);
        Map<String, StationStatus> statuses = choices(StationStatus.values(), StationStatus::messageKey);
        Map<String, Amenity> amenities = choices(Amenity.values(), Amenity::messageKey);
        Set<String> seen = new HashSet<>();
        ImportResult<StationDetails> result = Xlsx.read(
                in,
                List.of(headers(LANGUAGES[0]), headers(LANGUAGES[1])),
                r -> row(r, hostTypes, statuses, amenities, seen));
        if (result.ok()) {
            try {
                stations.createAll(result.rows().stream()
                        .map(ImportResult.ParsedRow::value)
                        .toList());
            } catch (StationService.RowRuleException e) {
                int rowNumber = result.rows().get(e.index()).rowNumber();
                int col = Math.max(0, COLUMNS.indexOf(e.rule().field()));
                String column = org.apache.poi.ss.util.CellReference.convertNumToColString(col);
                String header = messages.getMessage(
                        "station.excel." + COLUMNS.get(col),
                        null,
                        org.springframework.context.i18n.LocaleContextHolder.getLocale());
                return new ImportResult<>(
                        List.of(),
                        List.of(new CellError(
                                rowNumber,
                                column,
                                header,
                                e.rule().messageKey(),
                                e.rule().args())));
            }
        }
        return result;
    }

    private StationDetails row(
            RowReader r,
            Map<String, HostType> hostTypes,
            Map<String, StationStatus> statuses,
            Map<String, Amenity> amenityChoices,
            Set<String> seen) {
        String name = r.requiredText(0, 80);
        HostType hostType = r.choice(1, true, hostTypes);
        String address = r.requiredText(2, 200);
        BigDecimal lat = r.decimal(3, true, BigDecimal.valueOf(-90), BigDecimal.valueOf(90));
        BigDecimal lng = r.decimal(4, true, BigDecimal.valueOf(-180), BigDecimal.valueOf(180));
        String communityCode = r.matching(5, "^[0-9]{12}$", true, "station.excel.error.communityCode");
        if (communityCode != null) {
            try {
                stations.community(communityCode);
            } catch (FieldRuleException e) {
                r.error(5, e.messageKey());
                communityCode = null;
            }
        }
        List<String> days = new ArrayList<>();
        boolean hoursOk = true;
        for (int d = 0; d < 7; d++) {
            String typed = r.text(6 + d);
            String day = OpeningHours.normalize(typed);
            if (day == null) {
                r.error(6 + d, "station.error.hours");
                hoursOk = false;
            }
            days.add(day);
        }
        Set<Amenity> amenities = EnumSet.noneOf(Amenity.class);
        String amenityText = r.optionalText(13, 500);
        if (amenityText != null) {
            for (String part : amenityText.split("[、,，;；/]")) {
                if (part.isBlank()) {
                    continue;
                }
                Amenity a = amenityChoices.get(part.trim());
                if (a == null) {
                    r.error(13, "station.excel.error.amenity", part.trim());
                } else {
                    amenities.add(a);
                }
            }
        }
        String managerName = r.optionalText(14, 40);
        String managerPhone = r.matching(15, Phones.MOBILE_OR_LANDLINE, false, "station.validation.phone");
        StationStatus status = r.choice(16, false, statuses);
        String reason = r.optionalText(17, 200);
        if (status == StationStatus.SUSPENDED && reason == null) {
            r.error(17, "station.error.suspendReason");
        }
        if (name != null && communityCode != null && !seen.add(communityCode + "/" + name)) {
            r.error(0, "station.excel.error.duplicate");
        }
        if (name == null
                || hostType == null
                || address == null
                || lat == null
                || lng == null
                || communityCode == null
                || !hoursOk) {
            return null;
        }
        return new StationDetails(
                name,
                hostType,
                address,
                lat.doubleValue(),
                lng.doubleValue(),
                communityCode,
                OpeningHours.of(days),
                amenities,
                managerName,
                managerPhone,
                false,
                status == null ? StationStatus.OPEN : status,
                reason);
    }

    /** Every spelling accepted for a choice: the label in both languages and the code. */
    private <E extends Enum<E>> Map<String, E> choices(E[] values, Function<E, String> key) {
        Map<String, E> map = new HashMap<>();
        for (E value : values) {
            for (Locale locale : LANGUAGES) {
                map.put(messages.getMessage(key.apply(value), null, locale), value);
            }
            map.put(value.name(), value);
        }
        return map;
    }

    private String label(HostType t, Locale locale) {
        return messages.getMessage(t.messageKey(), null, locale);
    }

    private String label(Amenity a, Locale locale) {
        return messages.getMessage(a.messageKey(), null, locale);
    }

    private String label(StationStatus s, Locale locale) {
        return messages.getMessage(s.messageKey(), null, locale);
    }

    private String sheetName(Locale locale) {
        return messages.getMessage("station.excel.sheet", null, locale);
    }

    /** For the error list of the page: every error described in the user's language. */
    public List<String> describe(List<CellError> errors, Locale locale) {
        return errors.stream().map(e -> e.describe(messages, locale)).toList();
    }

    static String dayKey(DayOfWeek d) {
        return "hours." + d.name();
    }
}
