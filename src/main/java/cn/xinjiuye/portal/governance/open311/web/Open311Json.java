package cn.xinjiuye.portal.governance.open311.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.OffsetDateTime;
import java.util.List;

/** The JSON bodies of GeoReport v2, as {@link Open311Controller} answers them. */
final class Open311Json {

    private Open311Json() {}

    record Endpoint(String specification, String url, String changeset, String type, List<String> formats) {}

    record Discovery(
            String changeset,
            String contact,
            @JsonProperty("key_service") String keyService,
            List<Endpoint> endpoints) {}

    record Service(
            @JsonProperty("service_code") String serviceCode,
            @JsonProperty("service_name") String serviceName,
            String description,
            boolean metadata,
            String type,
            String keywords,
            String group) {}

    record Value(String key, String name) {}

    record Attribute(
            boolean variable,
            String code,
            String datatype,
            boolean required,
            @JsonProperty("datatype_description") String datatypeDescription,
            int order,
            String description,
            List<Value> values) {}

    record Definition(@JsonProperty("service_code") String serviceCode, List<Attribute> attributes) {}

    record Created(
            @JsonProperty("service_request_id") String serviceRequestId,
            @JsonProperty("service_notice") String serviceNotice,
            @JsonProperty("account_id") String accountId) {}

    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Request(
            @JsonProperty("service_request_id") String serviceRequestId,
            String status,
            @JsonProperty("status_notes") String statusNotes,
            @JsonProperty("service_name") String serviceName,
            @JsonProperty("service_code") String serviceCode,
            String description,
            @JsonProperty("agency_responsible") String agencyResponsible,
            @JsonProperty("service_notice") String serviceNotice,
            @JsonProperty("requested_datetime") OffsetDateTime requestedDatetime,
            @JsonProperty("updated_datetime") OffsetDateTime updatedDatetime,
            @JsonProperty("expected_datetime") OffsetDateTime expectedDatetime,
            String address,
            Double lat,
            @JsonProperty("long") Double lng,
            @JsonProperty("media_url") String mediaUrl) {}
}
