package cn.xinjiuye.portal.governance.open311.web;

import java.io.ByteArrayOutputStream;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a GeoReport body in the format asked by the suffix: JSON as the records are, or XML under the spec's element
 * names (a list is a root element around one element per item, e.g. {@code <services><service>}; a nested list is
 * its own element around items named in {@link #ITEMS}). The XML is built from the same JSON tree, so both formats
 * always hold the same fields.
 */
final class GeoReportWriter {

    static final MediaType XML = MediaType.parseMediaType("text/xml; charset=utf-8");
    static final MediaType JSON = MediaType.parseMediaType("application/json; charset=utf-8");

    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final XMLOutputFactory XML_OUT = XMLOutputFactory.newFactory();

    /** Element names of the items of nested lists. */
    private static final Map<String, String> ITEMS =
            Map.of("endpoints", "endpoint", "formats", "format", "attributes", "attribute", "values", "value");

    private GeoReportWriter() {}

    static boolean isXml(String format) {
        return "xml".equals(format);
    }

    static ResponseEntity<byte[]> ok(String format, String root, String item, Object body) {
        return write(HttpStatus.OK, format, root, item, body);
    }

    static ResponseEntity<byte[]> write(HttpStatus status, String format, String root, String item, Object body) {
        boolean xml = isXml(format);
        return ResponseEntity.status(status)
                .contentType(xml ? XML : JSON)
                .body(xml ? xml(root, item, MAPPER.valueToTree(body)) : MAPPER.writeValueAsBytes(body));
    }

    private static byte[] xml(String root, String item, JsonNode tree) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            XMLStreamWriter w = XML_OUT.createXMLStreamWriter(out, "UTF-8");
            w.writeStartDocument("UTF-8", "1.0");
            w.writeStartElement(root);
            if (tree.isArray()) {
                for (JsonNode n : tree) {
                    element(w, item, n);
                }
            } else {
                children(w, tree);
            }
            w.writeEndElement();
            w.writeEndDocument();
            w.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write GeoReport XML", e);
        }
        return out.toByteArray();
    }

    private static void element(XMLStreamWriter w, String name, JsonNode n) throws XMLStreamException {
        w.writeStartElement(name);
        if (n.isObject()) {
            children(w, n);
        } else if (n.isArray()) {
            String item = ITEMS.getOrDefault(name, "item");
            for (JsonNode each : n) {
                element(w, item, each);
            }
        } else if (!n.isNull()) {
            w.writeCharacters(n.asString());
        }
        w.writeEndElement();
    }

    private static void children(XMLStreamWriter w, JsonNode n) throws XMLStreamException {
        for (Map.Entry<String, JsonNode> field : n.properties()) {
            element(w, field.getKey(), field.getValue());
        }
    }
}
