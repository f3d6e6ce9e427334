package cn.xinjiuye.portal.governance.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The GeoReport v2 rules the answers are held to: in JSON, ids are strings, status is open or closed,
 * requested_datetime is present, metadata a boolean, attributes typed; in XML, only the spec's element names under
 * each element (and FixMyStreet's for updates). Datetimes are ISO 8601 with +08:00.
 */
final class GeoReportRules {

    static final Pattern ISO = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\+08:00");

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final Set<String> REQUEST = Set.of(
            "service_request_id",
            "status",
            "status_notes",
            "service_name",
            "service_code",
            "description",
            "agency_responsible",
            "service_notice",
            "requested_datetime",
            "updated_datetime",
            "expected_datetime",
            "address",
            "address_id",
            "zipcode",
            "lat",
            "long",
            "media_url",
            "token",
            "account_id");

    private static final Set<String> DATATYPES =
            Set.of("string", "number", "datetime", "text", "singlevaluelist", "multivaluelist");

    /** Which elements may appear under which (the spec's XML names). */
    private static final Map<String, Set<String>> CHILDREN = Map.ofEntries(
            Map.entry("discovery", Set.of("changeset", "contact", "key_service", "endpoints")),
            Map.entry("endpoints", Set.of("endpoint")),
            Map.entry("endpoint", Set.of("specification", "url", "changeset", "type", "formats")),
            Map.entry("formats", Set.of("format")),
            Map.entry("services", Set.of("service")),
            Map.entry(
                    "service",
                    Set.of("service_code", "service_name", "description", "metadata", "type", "keywords", "group")),
            Map.entry("service_definition", Set.of("service_code", "attributes")),
            Map.entry("attributes", Set.of("attribute")),
            Map.entry(
                    "attribute",
                    Set.of(
                            "variable",
                            "code",
                            "datatype",
                            "required",
                            "datatype_description",
                            "order",
                            "description",
                            "values")),
            Map.entry("values", Set.of("value")),
            Map.entry("value", Set.of("key", "name")),
            Map.entry("service_requests", Set.of("request")),
            Map.entry("request", REQUEST),
            Map.entry("service_request_updates", Set.of("request_update")),
            Map.entry(
                    "request_update",
                    Set.of(
                            "update_id",
                            "service_request_id",
                            "status",
                            "updated_datetime",
                            "description",
                            "media_url",
                            "external_status_code")),
            Map.entry("errors", Set.of("error")),
            Map.entry("error", Set.of("code", "description")));

    private GeoReportRules() {}

    static JsonNode json(String body) {
        return JSON.readTree(body);
    }

    static JsonNode requests(String body) {
        JsonNode list = json(body);
        assertThat(list.isArray()).isTrue();
        for (JsonNode r : list) {
            r.propertyNames().forEach(name -> assertThat(REQUEST).contains(name));
            assertThat(r.get("service_request_id").isString()).isTrue();
            if (r.has("status")) {
                assertThat(r.get("status").asString()).isIn("open", "closed");
                assertThat(r.get("requested_datetime").asString()).matches(ISO);
                assertThat(r.get("service_code").isString()).isTrue();
                for (String time : new String[] {"updated_datetime", "expected_datetime"}) {
                    assertThat(r.get(time).isNull()
                                    || ISO.matcher(r.get(time).asString()).matches())
                            .as(time)
                            .isTrue();
                }
            }
        }
        return list;
    }

    static JsonNode services(String body) {
        JsonNode list = json(body);
        assertThat(list.isArray()).isTrue();
        for (JsonNode s : list) {
            assertThat(s.get("service_code").isString()).isTrue();
            assertThat(s.get("metadata").isBoolean()).isTrue();
            assertThat(s.get("type").asString()).isIn("realtime", "batch", "blackbox");
        }
        return list;
    }

    static JsonNode definition(String body) {
        JsonNode d = json(body);
        assertThat(d.get("service_code").isString()).isTrue();
        for (JsonNode a : d.get("attributes")) {
            assertThat(a.get("variable").isBoolean()).isTrue();
            assertThat(a.get("required").isBoolean()).isTrue();
            assertThat(a.get("order").isInt()).isTrue();
            assertThat(a.get("code").isString()).isTrue();
            assertThat(a.get("datatype").asString()).isIn(DATATYPES);
            for (JsonNode v : a.get("values")) {
                assertThat(v.get("key").isString()).isTrue();
                assertThat(v.get("name").isString()).isTrue();
            }
        }
        return d;
    }

    static JsonNode updates(String body) {
        JsonNode list = json(body);
        assertThat(list.isArray()).isTrue();
        for (JsonNode u : list) {
            assertThat(u.get("update_id").isString()).isTrue();
            assertThat(u.get("service_request_id").isString()).isTrue();
            assertThat(u.get("status").asString()).isIn("open", "closed");
            assertThat(u.get("updated_datetime").asString()).matches(ISO);
        }
        return list;
    }

    static void errors(String body, int code) {
        JsonNode list = json(body);
        assertThat(list.isArray()).isTrue();
        assertThat(list.get(0).get("code").asInt()).isEqualTo(code);
        assertThat(list.get(0).get("description").asString()).isNotBlank();
    }

    /** Parses an XML answer, checks its root and that every element is one the spec names under its parent. */
    static Document xml(String body, String root) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Document doc =
                    f.newDocumentBuilder().parse(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
            assertThat(doc.getDocumentElement().getNodeName()).isEqualTo(root);
            check(doc.getDocumentElement());
            return doc;
        } catch (Exception e) {
            throw new AssertionError("not GeoReport XML: " + body, e);
        }
    }

    /** The text of the first element of that name. */
    static String text(Document doc, String name) {
        Node n = doc.getElementsByTagName(name).item(0);
        return n == null ? null : n.getTextContent();
    }

    private static void check(Element e) {
        Set<String> allowed = CHILDREN.get(e.getNodeName());
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element child) {
                assertThat(allowed)
                        .as("elements under <" + e.getNodeName() + ">")
                        .isNotNull();
                assertThat(allowed)
                        .as("elements under <" + e.getNodeName() + ">")
                        .contains(child.getNodeName());
                check(child);
            }
        }
        if (e.getNodeName().equals("status") && e.getParentNode().getNodeName().startsWith("request")) {
            assertThat(e.getTextContent()).isIn("open", "closed");
        }
        if (e.getNodeName().endsWith("_datetime") && !e.getTextContent().isEmpty()) {
            assertThat(e.getTextContent()).matches(ISO);
        }
    }
}
