package vn.childplan.common;

import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Documents, in one place, what every operation of /api shares: the bearer token, the errors it can answer, the
 * ETag/If-Match contract and the record id in the path, so the contract states them for all operations without
 * repeating annotations on each method.
 */
public class OpenApiConventions implements OASFilter {
    private static final String PROBLEM_REF = "#/components/schemas/Problem";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        for (ErrorCode code : ErrorCode.values()) {
            // one reusable response per status, with one example per code that status can carry
            String name = "Problem" + code.status();
            APIResponse response = openAPI.getComponents().getResponses() == null ? null
                    : openAPI.getComponents().getResponses().get(name);
            if (response == null) {
                response = OASFactory.createAPIResponse().description(describe(code.status()))
                        .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                                OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_REF))));
                openAPI.getComponents().addResponse(name, response);
            }
            MediaType media = response.getContent().getMediaType(Problem.MEDIA_TYPE);
            media.addExample(code.name(), OASFactory.createExample().summary(code.title())
                    .value(example(code)));
        }
        if (openAPI.getPaths() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            if (path.startsWith("/api/")) {
                item.getOperations().forEach((method, op) -> document(openAPI, path, method, op));
            }
        });
    }

    /** A response whose body is one versioned record (a schema with a version): what a creation returns. */
    private static boolean answersOneRecord(OpenAPI openAPI, APIResponse response) {
        if (response == null || response.getContent() == null
                || response.getContent().getMediaType(jakarta.ws.rs.core.MediaType.APPLICATION_JSON) == null) {
            return false;
        }
        String ref = response.getContent().getMediaType(jakarta.ws.rs.core.MediaType.APPLICATION_JSON).getSchema().getRef();
        var schema = ref == null ? null : openAPI.getComponents().getSchemas().get(ref.substring(ref.lastIndexOf('/') + 1));
        return schema != null && schema.getProperties() != null && schema.getProperties().containsKey("version");
    }

    private static void document(OpenAPI openAPI, String path, PathItem.HttpMethod method, Operation op) {
        op.addSecurityRequirement(OASFactory.createSecurityRequirement().addScheme("bearer"));
        boolean byId = path.contains("{");
        boolean write = method != PathItem.HttpMethod.GET;
        boolean body = method == PathItem.HttpMethod.POST || method == PathItem.HttpMethod.PUT;
        boolean conditional = method == PathItem.HttpMethod.PUT || method == PathItem.HttpMethod.DELETE;
        Map<Integer, Boolean> statuses = new LinkedHashMap<>();
        statuses.put(400, true);
        statuses.put(401, true);
        statuses.put(403, true);
        statuses.put(404, byId);
        statuses.put(409, write);
        statuses.put(412, conditional);
        statuses.put(413, body);
        statuses.put(415, body);
        statuses.put(422, write);
        statuses.put(428, conditional);
        if (method == PathItem.HttpMethod.POST && answersOneRecord(openAPI, op.getResponses().getAPIResponse("200"))) {
            // Creation answers 201 with Location (Responses.created); the scanner cannot see that through RestResponse.
            APIResponse created = op.getResponses().getAPIResponse("200").description("Created");
            created.addHeader("Location", OASFactory.createHeader().description("URL of the new record")
                    .schema(OASFactory.createSchema().addType(org.eclipse.microprofile.openapi.models.media.Schema.SchemaType.STRING)));
            op.getResponses().removeAPIResponse("200");
            op.getResponses().addAPIResponse("201", created);
        }
        statuses.forEach((status, applies) -> {
            // replaces the scanner's bare "Bad Request"/"Not Authorized" entries with the problem+json ones
            if (applies) {
                op.getResponses().addAPIResponse(status.toString(),
                        OASFactory.createAPIResponse().ref("#/components/responses/Problem" + status));
            }
        });
        if (op.getParameters() != null) {
            op.getParameters().stream()
                    .filter(p -> "id".equals(p.getName()) && p.getIn() == org.eclipse.microprofile.openapi.models.parameters.Parameter.In.PATH
                            && p.getDescription() == null)
                    .forEach(p -> p.description("Id of the record").example(101));
        }
        if (conditional) {
            boolean hasIfMatch = op.getParameters() != null
                    && op.getParameters().stream().anyMatch(p -> "If-Match".equalsIgnoreCase(p.getName()));
            if (hasIfMatch) {
                op.getParameters().stream().filter(p -> "If-Match".equalsIgnoreCase(p.getName())).forEach(p -> p
                        .required(true)
                        .description("The ETag from your last read of this record, e.g. \"3\". Missing → 428, stale → 412.")
                        .example("\"0\""));
            }
        }
        // Single-record answers (by id, or just created) carry the record's version as ETag.
        op.getResponses().getAPIResponses().forEach((status, response) -> {
            if (status.equals("201") || (status.equals("200") && byId)) {
                Header etag = OASFactory.createHeader().description("Version of the record; send it back in If-Match")
                        .schema(OASFactory.createSchema().addType(org.eclipse.microprofile.openapi.models.media.Schema.SchemaType.STRING));
                response.addHeader("ETag", etag);
            }
        });
    }

    private static Map<String, Object> example(ErrorCode code) {
        Map<String, Object> ex = new LinkedHashMap<>();
        ex.put("type", "https://childplan.vn/problems/" + code.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        ex.put("title", code.title());
        ex.put("status", code.status());
        ex.put("code", code.name());
        return ex;
    }

    private static String describe(int status) {
        return switch (status) {
            case 400 -> "Malformed JSON, wrong types, unknown fields or enum values, invalid fields or parameters";
            case 401 -> "No valid bearer token";
            case 403 -> "The caller's role may not do this";
            case 404 -> "No such record or path";
            case 405 -> "Method not allowed";
            case 406 -> "The request accepts none of the media types the operation produces (JSON; CSV for exports)";
            case 409 -> "Conflicts with existing data: duplicate, second lead, still referenced";
            case 412 -> "If-Match does not match the current version: someone changed the record since you read it";
            case 413 -> "Request body too large";
            case 414 -> "Request target (path and query) too long";
            case 415 -> "Request body must be application/json";
            case 422 -> "Well-formed but breaks a business rule (invalid reference, cycle, period)";
            case 428 -> "If-Match is required";
            case 431 -> "Request headers too large";
            default -> "Unexpected error";
        };
    }
}
