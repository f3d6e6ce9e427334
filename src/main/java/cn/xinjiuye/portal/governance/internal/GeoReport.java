package cn.xinjiuye.portal.governance.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The bodies of GeoReport v2 and of FixMyStreet's updates extension, under the spec's element names. Datetimes are
 * ISO 8601 strings with the portal's offset (+08:00); ids are strings. The web layer writes them as JSON or XML.
 */
public final class GeoReport {

    private GeoReport() {}

    public record Endpoint(String specification, String url, String changeset, String type, List<String> formats) {}

    public record Discovery(
            String changeset,
            String contact,
            @JsonProperty("key_service") String keyService,
            List<Endpoint> endpoints) {}

    public record Service(
            @JsonProperty("service_code") String serviceCode,
            @JsonProperty("service_name") String serviceName,
            String description,
            boolean metadata,
            String type,
            String keywords,
            String group) {}

    public record Value(String key, String name) {}

    public record Attribute(
            boolean variable,
            String code,
            String datatype,
            boolean required,
            @JsonProperty("datatype_description") String datatypeDescription,
            int order,
            String description,
            List<Value> values) {}

    public record Definition(@JsonProperty("service_code") String serviceCode, List<Attribute> attributes) {}

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Created(
            @JsonProperty("service_request_id") String serviceRequestId,
            @JsonProperty("service_notice") String serviceNotice,
            @JsonProperty("account_id") String accountId) {}

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Request(
            @JsonProperty("service_request_id") String serviceRequestId,
            String status,
            @JsonProperty("status_notes") String statusNotes,
            @JsonProperty("service_name") String serviceName,
            @JsonProperty("service_code") String serviceCode,
            String description,
            @JsonProperty("agency_responsible") String agencyResponsible,
            @JsonProperty("service_notice") String serviceNotice,
            @JsonProperty("requested_datetime") String requestedDatetime,
            @JsonProperty("updated_datetime") String updatedDatetime,
            @JsonProperty("expected_datetime") String expectedDatetime,
            String address,
            @JsonProperty("address_id") String addressId,
            Double lat,
            @JsonProperty("long") Double lng,
            @JsonProperty("media_url") String mediaUrl) {}

    /** FixMyStreet's request_update. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Update(
            @JsonProperty("update_id") String updateId,
            @JsonProperty("service_request_id") String serviceRequestId,
            String status,
            @JsonProperty("updated_datetime") String updatedDatetime,
            String description,
            @JsonProperty("media_url") String mediaUrl,
            @JsonProperty("external_status_code") String externalStatusCode) {}

    /** The answer to a pushed update. */
    public record UpdateCreated(@JsonProperty("update_id") String updateId) {}

    public record Error(int code, String description) {}
}
