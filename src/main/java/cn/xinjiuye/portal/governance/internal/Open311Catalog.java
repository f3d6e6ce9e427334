package cn.xinjiuye.portal.governance.internal;

import cn.xinjiuye.portal.governance.internal.GeoReport.Attribute;
import cn.xinjiuye.portal.governance.internal.GeoReport.Definition;
import cn.xinjiuye.portal.governance.internal.GeoReport.Discovery;
import cn.xinjiuye.portal.governance.internal.GeoReport.Endpoint;
import cn.xinjiuye.portal.governance.internal.GeoReport.Service;
import cn.xinjiuye.portal.governance.internal.GeoReport.Value;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.transaction.annotation.Transactional;

/**
 * Discovery, the service list (one service per case category) and a service's definition: its one attribute, the
 * community (社区), whose values are the active communities of the district asked (all without one).
 */
@org.springframework.stereotype.Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class Open311Catalog {

    static final String CHANGESET = "2026-12-01T00:00:00+08:00";

    private final Open311Access access;
    private final CaseFiling filing;
    private final MessageSource messages;

    public Discovery discovery(String baseUrl) {
        return new Discovery(
                CHANGESET,
                "基层治理工单 / district Party organization department",
                "API keys are issued by the portal's administrators (基层治理 → 节假日与办理时限 → Open311 密钥)",
                List.of(new Endpoint(
                        "http://wiki.open311.org/GeoReport_v2",
                        baseUrl,
                        CHANGESET,
                        "production",
                        List.of("text/xml", "application/json"))));
    }

    public List<Service> services(Map<String, String> params, Locale locale) {
        access.reader(params.get("api_key"), params.get("jurisdiction_id"));
        return Arrays.stream(CaseCategory.values())
                .map(c -> new Service(c.name(), name(c, locale), name(c, locale), true, "realtime", "", "governance"))
                .toList();
    }

    public Definition definition(String code, Map<String, String> params) {
        Open311Access.Reader reader = access.reader(params.get("api_key"), params.get("jurisdiction_id"));
        CaseCategory category = Open311Params.category(code);
        List<Value> communities = filing.communities().stream()
                .filter(r -> reader.district() == null
                        || r.getPath().startsWith(reader.district().getPath()))
                .map(r -> new Value(String.valueOf(r.getId()), r.getName()))
                .toList();
        return new Definition(
                category.name(),
                List.of(new Attribute(
                        true,
                        "community",
                        "singlevaluelist",
                        true,
                        "the community (社区) where the problem is",
                        1,
                        "社区",
                        communities)));
    }

    private String name(CaseCategory c, Locale locale) {
        return messages.getMessage(c.messageKey(), null, locale);
    }
}
