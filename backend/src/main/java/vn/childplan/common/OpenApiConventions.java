package vn.childplan.common;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ArcContainer;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.UriInfo;
import java.lang.reflect.Method;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.jboss.resteasy.reactive.RestResponse;
import vn.childplan.security.Roles;

/**
 * Documents, in one place, what every operation of /api shares: the bearer token, the errors it can answer, the
 * ETag/If-Match contract and the record id in the path, so the contract states them for all operations without
 * repeating annotations on each method. Nothing is guessed from the shape of the contract: each operation is read
 * off its resource method (found by its path and HTTP method): the statuses its signature implies ({@link Signature}),
 * 201 with Location for a method marked {@link Creates}, the business errors it names in {@link Answers}, an ETag
 * on the success of a method answering through {@link Responses}, and If-Match required where the method takes it.
 * ContractConformanceTest calls every operation to check the result against what the backend answers. Every
 * response of every path carries X-Request-Id ({@link RequestIds}).
 */
public class OpenApiConventions implements OASFilter {
    private static final String PROBLEM_REF = "#/components/schemas/Problem";
    private static final String IF_MATCH = "If-Match";
    private static final String REQUEST_ID = "5f0c2a9e-3b1d-4c6e-9a7f-2d8b4e1c0a93";
    private static final Set<String> ALL_ROLES = Set.of(Roles.ADMIN, Roles.PLANNER, Roles.OFFICER, Roles.VIEWER,
            Roles.INTEGRATION);

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        ArcContainer arc = Arc.container();
        if (arc == null || openAPI.getPaths() == null) {
            // Quarkus also tries runtime filters once at build time, without CDI, for a copy it keeps only when
            // quarkus.smallrye-openapi.store-schema-directory is set; the document served is filtered at start-up.
            return;
        }
        Map<String, Method> methods = resourceMethods(arc);
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            if (path.startsWith("/api/")) {
                item.getOperations().forEach((verb, op) -> {
                    Method method = methods.get(verb + " " + path);
                    if (method == null) {
                        throw new IllegalStateException("No resource method for " + verb + " " + path);
                    }
                    document(openAPI, op, Signature.of(method));
                });
            }
        });
        if (openAPI.getComponents().getResponses() != null) {
            openAPI.getComponents().setResponses(new TreeMap<>(openAPI.getComponents().getResponses()));
        }
        nameRequests(openAPI);
    }

    /**
     * X-Request-Id on every response ({@link RequestIds}): on each written out, and on the shared responses the
     * others refer to (a reference takes no headers of its own).
     */
    private static void nameRequests(OpenAPI openAPI) {
        openAPI.getComponents().addHeader(RequestIds.HEADER, OASFactory.createHeader()
                .description("The request's id: the caller's X-Request-Id when it sent one of at most 128 visible "
                        + "ASCII characters, else a new UUID. Problem bodies repeat it as `requestId`; quote it to "
                        + "support.")
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING))
                .example(REQUEST_ID));
        Stream<APIResponse> written = openAPI.getPaths().getPathItems().values().stream()
                .flatMap(item -> item.getOperations().values().stream())
                .flatMap(op -> op.getResponses().getAPIResponses().values().stream());
        Stream<APIResponse> shared = openAPI.getComponents().getResponses() == null ? Stream.empty()
                : openAPI.getComponents().getResponses().values().stream();
        Stream.concat(written, shared).filter(r -> r.getRef() == null).forEach(r -> r.addHeader(RequestIds.HEADER,
                OASFactory.createHeader().ref("#/components/headers/" + RequestIds.HEADER)));
    }

    /**
     * Every resource method by "HTTP method path" (as the contract writes its paths). Resources are CDI beans in
     * Quarkus REST, so the container knows them all; the scanner's model keeps no link to the Java method.
     */
    private static Map<String, Method> resourceMethods(ArcContainer arc) {
        Map<String, Method> methods = new HashMap<>();
        for (Bean<?> bean : arc.beanManager().getBeans(Object.class, Any.Literal.INSTANCE)) {
            Path root = bean.getBeanClass().getAnnotation(Path.class);
            if (root == null) {
                continue;
            }
            for (Method m : bean.getBeanClass().getDeclaredMethods()) {
                // a hidden method shares its operation with a documented one (another body type): it documents nothing
                var named = m.getAnnotation(org.eclipse.microprofile.openapi.annotations.Operation.class);
                if (named != null && named.hidden()) {
                    continue;
                }
                Stream.of(m.getAnnotations()).map(a -> a.annotationType().getAnnotation(HttpMethod.class))
                        .filter(Objects::nonNull).findFirst().ifPresent(verb -> {
                            Path sub = m.getAnnotation(Path.class);
                            methods.put(verb.value() + " " + root.value() + (sub == null ? "" : sub.value()), m);
                        });
            }
        }
        return methods;
    }

    private static void document(OpenAPI openAPI, Operation op, Signature sig) {
        op.addSecurityRequirement(OASFactory.createSecurityRequirement().addScheme("bearer"));
        APIResponses responses = op.getResponses();
        if (sig.creates()) {
            APIResponse created = responses.getAPIResponse("200").description("Created");
            created.addHeader("Location", OASFactory.createHeader().description("URL of the new record")
                    .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING)));
            responses.removeAPIResponse("200");
            responses.addAPIResponse("201", created);
        }
        // the scanner's bare entries (and any written by hand) give way to the derived problem+json ones
        List.copyOf(responses.getAPIResponses().keySet()).stream().filter(s -> s.startsWith("4"))
                .forEach(responses::removeAPIResponse);
        sig.errors().forEach((status, codes) -> responses.addAPIResponse(status.toString(), codes.isEmpty()
                ? shared(openAPI, status) : specific(status, codes)));
        responses.setAPIResponses(new TreeMap<>(responses.getAPIResponses()));
        if (op.getRequestBody() != null) {
            // a body without @NotNull may be left out (a transition's optional comment)
            op.getRequestBody().required(sig.bodyRequired());
        }
        if (op.getParameters() != null) {
            op.getParameters().stream()
                    .filter(p -> "id".equals(p.getName()) && p.getIn() == Parameter.In.PATH && p.getDescription() == null)
                    .forEach(p -> p.description("Id of the record").example(101));
            op.getParameters().stream().filter(p -> IF_MATCH.equalsIgnoreCase(p.getName())).forEach(p -> p
                    .required(true)
                    .description("The ETag from your last read of this record, e.g. \"3\". Missing → 428, stale → 412.")
                    .example("\"0\""));
        }
        if (sig.answersRecord()) {
            // Responses.ok and Responses.created put the record's version in ETag
            responses.getAPIResponses().entrySet().stream().filter(e -> e.getKey().startsWith("2"))
                    .forEach(e -> e.getValue().addHeader("ETag", OASFactory.createHeader()
                            .description("Version of the record; send it back in If-Match")
                            .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING))));
        }
    }

    /**
     * A reference to the reusable response of a status, with one example per code of that status, made when an
     * operation first needs it (a status only specific answers carry, 409 or 422, or none declares, 405, 414, 431
     * and 500, would be an unused component).
     */
    private static APIResponse shared(OpenAPI openAPI, int status) {
        String name = "Problem" + status;
        Map<String, APIResponse> existing = openAPI.getComponents().getResponses();
        if (existing == null || !existing.containsKey(name)) {
            openAPI.getComponents().addResponse(name, OASFactory.createAPIResponse().description(describe(status))
                    .content(problems(Stream.of(ErrorCode.values()).filter(code -> code.status() == status).toList())));
        }
        return OASFactory.createAPIResponse().ref("#/components/responses/" + name);
    }

    /** A status some codes of which the operation answers: those codes as examples, one description each. */
    private static APIResponse specific(int status, List<ErrorCode> codes) {
        String which = codes.stream().map(ErrorCode::name).collect(Collectors.joining(", "));
        String what = switch (status) {
            case 403 -> "The caller may not do this to this record";
            case 409 -> "Conflicts with existing data";
            case 422 -> "Well-formed but breaks a business rule";
            default -> describe(status);
        };
        return OASFactory.createAPIResponse().description(what + ": " + which).content(problems(codes));
    }

    /** problem+json with an example of each code. */
    private static Content problems(List<ErrorCode> codes) {
        MediaType media = OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_REF));
        codes.forEach(code -> media.addExample(code.name(),
                OASFactory.createExample().summary(code.title()).value(example(code))));
        return OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, media);
    }

    /**
     * What a resource method's signature says about its answers. Errors by status, each with the codes named by
     * {@link Answers} (empty: the shared response of that status, with every code of it as an example):
     * <ul>
     * <li>400 when it takes a body or a path, query or bean parameter (malformed, invalid, unconvertible);
     * <li>401 always;
     * <li>403 when its {@code @RolesAllowed} (else its class's) leaves out a role, or {@link Answers} says FORBIDDEN;
     * <li>404 when it takes a path parameter (no such record, or one outside the caller's scope);
     * <li>412 and 428 when it takes If-Match (it goes to {@link Versions#expected}: missing → 428, stale → 412);
     * <li>413 and 415 when it takes a body;
     * <li>any other status from {@link Answers}.
     * </ul>
     */
    record Signature(boolean creates, boolean answersRecord, boolean bodyRequired, Map<Integer, List<ErrorCode>> errors) {
        static Signature of(Method method) {
            boolean body = false;
            boolean params = false;
            boolean pathParam = false;
            boolean ifMatch = false;
            boolean bodyRequired = false;
            for (java.lang.reflect.Parameter p : method.getParameters()) {
                HeaderParam header = p.getAnnotation(HeaderParam.class);
                ifMatch |= header != null && IF_MATCH.equalsIgnoreCase(header.value());
                pathParam |= p.isAnnotationPresent(PathParam.class);
                params |= p.isAnnotationPresent(PathParam.class) || p.isAnnotationPresent(QueryParam.class)
                        || p.isAnnotationPresent(BeanParam.class);
                boolean entity = Stream.of(p.getAnnotations()).noneMatch(a -> a.annotationType().getPackageName()
                        .equals(PathParam.class.getPackageName()))
                        && !p.getType().getPackageName().equals(UriInfo.class.getPackageName());
                body |= entity;
                bodyRequired |= entity && p.isAnnotationPresent(NotNull.class);
            }
            RolesAllowed roles = method.isAnnotationPresent(RolesAllowed.class) ? method.getAnnotation(RolesAllowed.class)
                    : method.getDeclaringClass().getAnnotation(RolesAllowed.class);
            boolean restricted = roles == null || !Set.of(roles.value()).containsAll(ALL_ROLES);
            List<ErrorCode> answers = method.isAnnotationPresent(Answers.class)
                    ? List.of(method.getAnnotation(Answers.class).value()) : List.of();
            Map<Integer, List<ErrorCode>> errors = new TreeMap<>();
            BiConsumer<Integer, Boolean> derived = (status, applies) -> {
                if (applies) {
                    errors.put(status, List.of());
                }
            };
            derived.accept(400, body || params);
            derived.accept(401, true);
            derived.accept(403, restricted);
            derived.accept(404, pathParam);
            derived.accept(412, ifMatch);
            derived.accept(428, ifMatch);
            derived.accept(413, body);
            derived.accept(415, body);
            answers.stream().filter(code -> !(code == ErrorCode.FORBIDDEN && restricted))
                    .collect(Collectors.groupingBy(ErrorCode::status, TreeMap::new, Collectors.toList()))
                    .forEach(errors::put);
            return new Signature(method.isAnnotationPresent(Creates.class),
                    RestResponse.class.isAssignableFrom(method.getReturnType()), bodyRequired, errors);
        }
    }

    /** An answer as the backend writes it for {@code code}: its detail filled in as a real request would. */
    private static Map<String, Object> example(ErrorCode code) {
        Problem problem = Problem.of(code, code.format(sampleArguments(code)), "/api/v1/documents/101",
                switch (code) {
                    case VALIDATION_FAILED -> List.of(new Problem.Violation("title", "must not be blank", "NotBlank"));
                    case INVALID_VALUE -> List.of(new Problem.Violation("periodFromYear", "expected a number", "Type"));
                    case UNKNOWN_FIELD -> List.of(new Problem.Violation("version",
                            "unknown field; this request does not accept it", "UnknownField"));
                    case INVALID_PARAMETER -> List.of(new Problem.Violation("sort",
                            "unknown sort key 'name'; allowed: issuedOn, title", "SortKey"));
                    case RULE_VIOLATED -> List.of(new Problem.Violation("periodToYear",
                            "must not be before periodFromYear", "RULE_VIOLATED"));
                    case INVALID_REFERENCE -> List.of(new Problem.Violation("issuerId", "Agency 999 does not exist",
                            "INVALID_REFERENCE"));
                    case DRAFT_REJECTED -> List.of(new Problem.Violation("assignments[3].role",
                            "the task already has a lead agency", "OneLeadPerTask"));
                    default -> List.of();
                });
        Map<String, Object> ex = new LinkedHashMap<>();
        ex.put("type", problem.type());
        ex.put("title", problem.title());
        ex.put("status", problem.status());
        ex.put("detail", problem.detail());
        ex.put("instance", problem.instance());
        ex.put("code", problem.code());
        if (!problem.violations().isEmpty()) {
            ex.put("violations", problem.violations().stream().map(v -> {
                Map<String, String> violation = new LinkedHashMap<>(); // Map.of would order it anew in every JVM
                violation.put("field", v.field());
                violation.put("message", v.message());
                violation.put("code", v.code());
                return violation;
            }).toList());
        }
        ex.put("requestId", REQUEST_ID);
        return ex;
    }

    /** What a real occurrence of {@code code} fills its message template with. */
    private static Object[] sampleArguments(ErrorCode code) {
        return switch (code) {
            case VALIDATION_FAILED -> new Object[] { 1 };
            case MALFORMED_JSON -> new Object[] { "unexpected end of input at line 3, column 1" };
            case INVALID_VALUE -> new Object[] { "periodFromYear", "expected a number" };
            case UNKNOWN_FIELD -> new Object[] { "version" };
            case INVALID_PARAMETER -> new Object[] { "sort", "unknown sort key 'name'" };
            case NOT_FOUND -> new Object[] { "Document", 101 };
            case DUPLICATE -> new Object[] { "A document with number 26/KH-UBND already exists for this issuer." };
            case INVALID_TRANSITION -> new Object[] { "Only a SUBMITTED report can be accepted; this one is DRAFT." };
            case STILL_REFERENCED -> new Object[] { "Document", 101 };
            case ATTACHMENT_LOCKED -> new Object[] { "report" };
            case UNSUPPORTED_ATTACHMENT_TYPE -> new Object[] { "application/x-msdownload" };
            case PRECONDITION_FAILED -> new Object[] { 2, 3 };
            case PAYLOAD_TOO_LARGE -> new Object[] { 1048576 };
            case HEADERS_TOO_LARGE -> new Object[] { 20480 };
            case URI_TOO_LONG -> new Object[] { 8192 };
            case TASK_CYCLE -> new Object[] { 12, 15 };
            case INVALID_REFERENCE -> new Object[] { "Agency", 999, "issuerId" };
            case NOT_AGGREGATABLE -> new Object[] { "TE-05" };
            case RULE_VIOLATED -> new Object[] { "periodToYear must not be before periodFromYear." };
            case DRAFT_REJECTED -> new Object[] { 1 };
            default -> new Object[0];
        };
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
