package vn.childplan.common;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.UriInfo;
import java.lang.reflect.Method;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
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
 * off its resource method (found by its operation id): the statuses its signature implies ({@link Signature}),
 * 201 with Location for a method marked {@link Creates}, the business errors it names in {@link Answers}, an ETag
 * on the success of a method answering through {@link Responses}, and If-Match required where the method takes it.
 * ContractConformanceTest calls every operation to check the result against what the backend answers.
 */
public class OpenApiConventions implements OASFilter {
    private static final String PROBLEM_REF = "#/components/schemas/Problem";
    private static final String IF_MATCH = "If-Match";
    private static final Set<String> ALL_ROLES = Set.of(Roles.ADMIN, Roles.PLANNER, Roles.OFFICER, Roles.VIEWER,
            Roles.INTEGRATION);

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
                item.getOperations().values().forEach(OpenApiConventions::document);
            }
        });
    }

    private static void document(Operation op) {
        Signature sig = Signature.of(javaMethod(op.getOperationId()));
        if (op.getOperationId().indexOf('_') >= 0) {
            op.setOperationId(null);
        }
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
                ? OASFactory.createAPIResponse().ref("#/components/responses/Problem" + status)
                : specific(status, codes)));
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

    /** A status some codes of which the operation answers: those codes as examples, one description each. */
    private static APIResponse specific(int status, List<ErrorCode> codes) {
        MediaType media = OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_REF));
        codes.forEach(code -> media.addExample(code.name(),
                OASFactory.createExample().summary(code.title()).value(example(code))));
        String which = codes.stream().map(ErrorCode::name).collect(Collectors.joining(", "));
        String what = switch (status) {
            case 403 -> "The caller may not do this to this record";
            case 409 -> "Conflicts with existing data";
            case 422 -> "Well-formed but breaks a business rule";
            default -> describe(status);
        };
        return OASFactory.createAPIResponse().description(what + ": " + which)
                .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, media));
    }

    /**
     * The resource method behind an operation id: one given explicitly ({@code @Operation(operationId = …)},
     * lowerCamelCase, kept in the contract), else one of the PACKAGE_CLASS_METHOD strategy (application.properties),
     * which names the method and is dropped from the contract.
     */
    private static Method javaMethod(String operationId) {
        int cut = operationId == null ? -1 : operationId.lastIndexOf('_');
        if (cut < 0) {
            Method explicit = operationId == null ? null : ExplicitIds.METHODS.get(operationId);
            if (explicit == null) {
                throw new IllegalStateException("Operation id " + operationId + " names no resource method: give it "
                        + "@Operation(operationId) or set quarkus.smallrye-openapi.operation-id-strategy=PACKAGE_CLASS_METHOD");
            }
            return explicit;
        }
        try {
            Class<?> type = Class.forName(operationId.substring(0, cut), false,
                    Thread.currentThread().getContextClassLoader());
            String name = operationId.substring(cut + 1);
            return Stream.of(type.getDeclaredMethods())
                    .filter(m -> m.getName().equals(name) && Stream.of(m.getAnnotations())
                            .anyMatch(a -> a.annotationType().isAnnotationPresent(HttpMethod.class)))
                    .findFirst().orElseThrow(() -> new IllegalStateException("No resource method " + operationId));
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("No resource class for " + operationId, e);
        }
    }

    /**
     * The resource methods with an explicit operation id, found once among the application's classes (its
     * {@code *Resource} classes under this package's root); the filter sees only the id.
     */
    private static final class ExplicitIds {
        static final Map<String, Method> METHODS = scan();

        private static Map<String, Method> scan() {
            ClassLoader loader = Thread.currentThread().getContextClassLoader();
            String root = OpenApiConventions.class.getPackageName().replaceAll("\\.[^.]+$", "").replace('.', '/');
            Map<String, Method> out = new java.util.HashMap<>();
            try {
                for (java.net.URL url : java.util.Collections.list(loader.getResources(root))) {
                    for (String name : classNames(url, root)) {
                        if (!name.endsWith("Resource")) {
                            continue;
                        }
                        for (Method m : Class.forName(name, false, loader).getDeclaredMethods()) {
                            org.eclipse.microprofile.openapi.annotations.Operation op = m.getAnnotation(
                                    org.eclipse.microprofile.openapi.annotations.Operation.class);
                            if (op != null && !op.operationId().isEmpty() && out.put(op.operationId(), m) != null) {
                                throw new IllegalStateException("Operation id " + op.operationId() + " is given twice");
                            }
                        }
                    }
                }
            } catch (java.io.IOException | ClassNotFoundException e) {
                throw new IllegalStateException("cannot list the resource classes", e);
            }
            return out;
        }

        /** The class names under {@code root} in a class-path directory or jar. */
        private static List<String> classNames(java.net.URL url, String root) throws java.io.IOException {
            List<String> paths = new java.util.ArrayList<>();
            if ("jar".equals(url.getProtocol())) {
                java.net.JarURLConnection jar = (java.net.JarURLConnection) url.openConnection();
                jar.getJarFile().stream().map(java.util.zip.ZipEntry::getName).filter(n -> n.startsWith(root + "/"))
                        .forEach(paths::add);
            } else if ("file".equals(url.getProtocol())) {
                java.nio.file.Path dir;
                try {
                    dir = java.nio.file.Path.of(url.toURI());
                } catch (java.net.URISyntaxException e) {
                    throw new java.io.IOException(e);
                }
                java.nio.file.Path base = dir;
                for (int i = 0; i < root.split("/").length; i++) {
                    base = base.getParent();
                }
                java.nio.file.Path top = base;
                try (Stream<java.nio.file.Path> files = java.nio.file.Files.walk(dir)) {
                    files.forEach(f -> paths.add(top.relativize(f).toString().replace(java.io.File.separatorChar, '/')));
                }
            }
            return paths.stream().filter(p -> p.endsWith(".class") && !p.contains("$"))
                    .map(p -> p.substring(0, p.length() - ".class".length()).replace('/', '.')).toList();
        }
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
