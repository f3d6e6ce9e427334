package cn.xinjiuye.portal.governance.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * The bodies of GeoReport v2 and of FixMyStreet's updates extension, under the spec's element names (snake_case, as
 * {@code @JsonNaming} derives them from the components; {@code long} by hand). Datetimes are ISO 8601 strings with the
 * portal's offset (+08:00); ids are strings. The web layer writes them as JSON or XML.
 */
public final class GeoReport {

    private GeoReport() {}

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Endpoint(String specification, String url, String changeset, String type, List<String> formats) {}

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Discovery(String changeset, String contact, String keyService, List<Endpoint> endpoints) {}

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Service(
            String serviceCode,
            String serviceName,
            String description,
            boolean metadata,
            String type,
            String keywords,
            String group) {}

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Value(String key, String name) {}

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Attribute(
            boolean variable,
            String code,
            String datatype,
            boolean required,
            String datatypeDescription,
            int order,
            String description,
            List<Value> values) {}

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Definition(String serviceCode, List<Attribute> attributes) {}

    @JsonInclude(JsonInclude.Include.ALWAYS)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Created(String serviceRequestId, String serviceNotice, String accountId) {}

    @JsonInclude(JsonInclude.Include.ALWAYS)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Request(
            String serviceRequestId,
            String status,
            String statusNotes,
            String serviceName,
            String serviceCode,
            String description,
            String agencyResponsible,
            String serviceNotice,
            String requestedDatetime,
            String updatedDatetime,
            String expectedDatetime,
            String address,
            String addressId,
            Double lat,
            @JsonProperty("long") Double lng,
            String mediaUrl) {}

    /** FixMyStreet's request_update. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Update(
            String updateId,
            String serviceRequestId,
            String status,
            String updatedDatetime,
            String description,
            String mediaUrl,
            String externalStatusCode) {}

    /** The answer to a pushed update. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record UpdateCreated(String updateId) {}

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Error(int code, String description) {}
}
