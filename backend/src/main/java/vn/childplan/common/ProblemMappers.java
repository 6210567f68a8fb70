package vn.childplan.common;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.oidc.OIDCException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.enterprise.inject.Instance;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * Turns every failure into RFC 9457 problem+json with a stable code. Messages are written here, never taken from
 * an exception, so no stack trace, SQL or Java class name reaches a client.
 */
public class ProblemMappers {
    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    /** The violation code of text refused by {@link Text#unstorable}, in bodies and in parameters alike. */
    static final String INVALID_CHARACTER = "InvalidCharacter";

    /**
     * What a client waits before retrying while the database or the login server is away: the pool makes new
     * connections as soon as the database is back (within a second, scripts/faults/db-restart.sh measures it).
     */
    static final int RETRY_AFTER_SECONDS = 5;

    /** Database constraints the features rely on, with the answer a client gets when one fires. */
    private final Map<String, ApiException> constraints;

    public ProblemMappers(Instance<ConstraintAnswers> features) {
        this.constraints = ConstraintAnswers.all(features);
    }

    @ServerExceptionMapper
    public Response api(ApiException e, UriInfo uri) {
        return problem(e.code(), e.getMessage(), uri, e.violations());
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e, UriInfo uri) {
        List<Problem.Violation> violations = e.getConstraintViolations().stream()
                .map(v -> new Problem.Violation(fieldOf(v.getPropertyPath()), v.getMessage(), ruleOf(v)))
                .sorted(java.util.Comparator.comparing(Problem.Violation::field))
                .toList();
        return problem(ErrorCode.VALIDATION_FAILED, ErrorCode.VALIDATION_FAILED.format(violations.size()), uri, violations);
    }

    @ServerExceptionMapper
    public Response unknownField(UnrecognizedPropertyException e, UriInfo uri) {
        String field = pathOf(e);
        return problem(ErrorCode.UNKNOWN_FIELD, ErrorCode.UNKNOWN_FIELD.format(field), uri,
                List.of(new Problem.Violation(field, "unknown field; this request does not accept it", "UnknownField")));
    }

    @ServerExceptionMapper
    public Response invalidFormat(InvalidFormatException e, UriInfo uri) {
        return mismatched(e, uri);
    }

    @ServerExceptionMapper
    public Response mismatched(MismatchedInputException e, UriInfo uri) {
        String field = pathOf(e);
        String expected = expectation(e.getTargetType());
        if (field.isEmpty()) {
            return problem(ErrorCode.MALFORMED_JSON, ErrorCode.MALFORMED_JSON.format("expected " + expected), uri, List.of());
        }
        return problem(ErrorCode.INVALID_VALUE, ErrorCode.INVALID_VALUE.format(field, "expected " + expected), uri,
                List.of(new Problem.Violation(field, "expected " + expected, "Type")));
    }

    @ServerExceptionMapper
    public Response unstorable(StrictJson.UnstorableText e, UriInfo uri) {
        String field = pathOf(e);
        return problem(ErrorCode.INVALID_VALUE, ErrorCode.INVALID_VALUE.format(field, e.reason()), uri,
                List.of(new Problem.Violation(field, e.reason(), INVALID_CHARACTER)));
    }

    @ServerExceptionMapper
    public Response malformed(JsonParseException e, UriInfo uri) {
        var loc = e.getLocation();
        String where = loc == null ? "" : " at line " + loc.getLineNr() + ", column " + loc.getColumnNr();
        return problem(ErrorCode.MALFORMED_JSON, ErrorCode.MALFORMED_JSON.format("syntax error" + where), uri, List.of());
    }

    @ServerExceptionMapper
    public Response json(JsonMappingException e, UriInfo uri) {
        // Thrown when a value is well-formed JSON but cannot become the field (e.g. a bad date inside a record).
        String field = pathOf(e);
        return problem(ErrorCode.INVALID_VALUE, ErrorCode.INVALID_VALUE.format(field, "not a valid value"), uri,
                List.of(new Problem.Violation(field, "not a valid value", "Type")));
    }

    @ServerExceptionMapper
    public Response jsonOther(JsonProcessingException e, UriInfo uri) {
        return problem(ErrorCode.MALFORMED_JSON, ErrorCode.MALFORMED_JSON.format("cannot be read"), uri, List.of());
    }

    @ServerExceptionMapper({ UnauthorizedException.class, AuthenticationFailedException.class })
    public Response unauthenticated(RuntimeException e, UriInfo uri) {
        return Response.fromResponse(problem(ErrorCode.UNAUTHENTICATED, ErrorCode.UNAUTHENTICATED.format(), uri, List.of()))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return problem(ErrorCode.FORBIDDEN, ErrorCode.FORBIDDEN.format(), uri, List.of());
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        Throwable cause = e.getCause();
        if (cause instanceof JsonProcessingException jpe) {
            return mapJson(jpe, uri);
        }
        int status = e.getResponse().getStatus();
        if (status == 404 && cause != null) {
            // JAX-RS answers 404 when a query or path parameter cannot be converted (size=abc, status=BURNT);
            // that is the client's malformed request, not a missing resource.
            return problem(ErrorCode.INVALID_PARAMETER, "A query or path parameter has an invalid value.", uri, List.of());
        }
        ErrorCode code = switch (status) {
            case 401 -> ErrorCode.UNAUTHENTICATED;
            case 403 -> ErrorCode.FORBIDDEN;
            case 404 -> ErrorCode.ROUTE_NOT_FOUND;
            case 405 -> ErrorCode.METHOD_NOT_ALLOWED;
            case 406 -> ErrorCode.NOT_ACCEPTABLE;
            case 413 -> ErrorCode.PAYLOAD_TOO_LARGE;
            case 415 -> ErrorCode.UNSUPPORTED_MEDIA_TYPE;
            default -> status >= 500 ? ErrorCode.INTERNAL_ERROR : ErrorCode.INVALID_PARAMETER;
        };
        if (code == ErrorCode.INTERNAL_ERROR) {
            LOG.error("Unexpected server error", e);
        }
        String detail = code == ErrorCode.INVALID_PARAMETER ? "The request is invalid." : code.format("", "", "");
        return Response.fromResponse(problem(code, detail, uri, List.of())).status(status).build();
    }

    private Response mapJson(JsonProcessingException e, UriInfo uri) {
        if (e instanceof UnrecognizedPropertyException u) {
            return unknownField(u, uri);
        }
        if (e instanceof MismatchedInputException m) {
            return mismatched(m, uri);
        }
        if (e instanceof JsonParseException p) {
            return malformed(p, uri);
        }
        if (e instanceof StrictJson.UnstorableText u) {
            return unstorable(u, uri);
        }
        if (e instanceof JsonMappingException m) {
            return json(m, uri);
        }
        return jsonOther(e, uri);
    }

    /**
     * Everything else: a database rule, an optimistic-lock clash, the database or the login server away (503), or a
     * genuine bug (logged, answered as 500).
     */
    @ServerExceptionMapper
    public Response other(Exception e, UriInfo uri) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ApiException api) {
                return api(api, uri);
            }
            if (t instanceof JsonProcessingException jpe) {
                return mapJson(jpe, uri);
            }
            if (t instanceof jakarta.persistence.OptimisticLockException
                    || t instanceof org.hibernate.StaleStateException) {
                return problem(ErrorCode.CONCURRENT_UPDATE, ErrorCode.CONCURRENT_UPDATE.format(), uri, List.of());
            }
            if (t instanceof PSQLException sql) {
                Response mapped = fromDatabase(sql, uri);
                if (mapped != null) {
                    return mapped;
                }
            }
            // one line each, no stack trace: during an outage every request lands here
            if (t instanceof SQLException sql && unavailable(sql)) {
                LOG.warnf("Database unavailable (SQLState %s): %s", sql.getSQLState(), sql.getMessage());
                return unavailable(ErrorCode.DATABASE_UNAVAILABLE, uri);
            }
            if (t instanceof OIDCException oidc) {
                // quarkus-oidc asks the login server during a request only when it has no keys yet (it started
                // while Keycloak was down and retries the discovery) or a token names a key it does not know
                LOG.warnf("Login server unavailable: %s", oidc.getMessage());
                return unavailable(ErrorCode.IDENTITY_PROVIDER_UNAVAILABLE, uri);
            }
        }
        LOG.error("Unexpected server error", e);
        return problem(ErrorCode.INTERNAL_ERROR, ErrorCode.INTERNAL_ERROR.format(), uri, List.of());
    }

    /**
     * The database is away or has no connection to spare, as the driver and the pool report it (found by stopping
     * PostgreSQL under load, scripts/faults/db-restart.sh): a connection refused or broken (SQLState class 08), the
     * server shutting down or not yet accepting connections (57P01–57P03), too many clients (53300), or Agroal's
     * acquisition timeout, a bare SQLException that only its message names. A batch that failed so reports it as
     * the next exception of its BatchUpdateException, not as the cause.
     */
    static boolean unavailable(SQLException e) {
        for (SQLException s = e; s != null; s = s.getNextException()) {
            String state = s.getSQLState();
            String message = s.getMessage();
            if (state == null ? message != null && message.toLowerCase(Locale.ROOT).contains("acquisition timeout")
                    : state.startsWith("08") || Set.of("57P01", "57P02", "57P03", "53300").contains(state)) {
                return true;
            }
        }
        return false;
    }

    private static Response unavailable(ErrorCode code, UriInfo uri) {
        return Response.fromResponse(problem(code, code.format(), uri, List.of()))
                .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS).build();
    }

    private Response fromDatabase(PSQLException e, UriInfo uri) {
        ServerErrorMessage m = e.getServerErrorMessage();
        String constraint = m == null ? null : m.getConstraint();
        ApiException known = constraint == null ? null : constraints.get(constraint);
        if (known != null) {
            return api(known, uri);
        }
        String state = e.getSQLState();
        if ("23503".equals(state)) {
            // A foreign key: deleting something still in use (inserts check their references first).
            return problem(ErrorCode.STILL_REFERENCED, "The record is still referenced by other records and cannot be deleted.",
                    uri, List.of());
        }
        if ("23514".equals(state) || "23505".equals(state) || "23P01".equals(state)) {
            String rule = constraint == null ? "constraint" : constraint;
            return problem(ErrorCode.RULE_VIOLATED, "The change breaks the data rule '" + rule + "'.", uri,
                    List.of(new Problem.Violation("", "breaks the data rule '" + rule + "'", rule)));
        }
        return null;
    }

    static Response problem(ErrorCode code, String detail, UriInfo uri, List<Problem.Violation> violations) {
        String instance = uri == null ? null : uri.getRequestUri().getRawPath();
        return Response.status(code.status())
                .type(Problem.MEDIA_TYPE)
                .entity(Problem.of(code, detail, instance, violations))
                .build();
    }

    /**
     * "create.input.targets[0].value" → "targets[0].value": drop the Java method and body parameter names. A
     * constraint on a query parameter itself ("list.year") keeps the parameter's name, which matches the query's.
     */
    private static String fieldOf(Path path) {
        StringBuilder sb = new StringBuilder();
        String parameter = "";
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.getName();
                continue;
            }
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.CROSS_PARAMETER
                    || node.getKind() == ElementKind.RETURN_VALUE) {
                continue;
            }
            if (node.getIndex() != null && sb.length() > 0) {
                sb.append('[').append(node.getIndex()).append(']');
            }
            if (node.getName() != null) {
                if (sb.length() > 0) {
                    sb.append('.');
                }
                sb.append(node.getName());
            }
        }
        return sb.length() == 0 ? parameter : sb.toString();
    }

    private static String ruleOf(ConstraintViolation<?> v) {
        return v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
    }

    private static String pathOf(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (sb.length() > 0) {
                    sb.append('.');
                }
                sb.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.toString();
    }

    /** What a field expects, in JSON terms rather than Java type names. */
    private static String expectation(Class<?> type) {
        if (type == null) {
            return "a different value";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.stream(type.getEnumConstants()).map(Object::toString).collect(Collectors.joining(", "));
        }
        if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class)) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == LocalDate.class) {
            return "a date yyyy-MM-dd";
        }
        if (type == MonthDay.class) {
            return "a day of the year --MM-dd";
        }
        if (type == String.class) {
            return "a string";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "an array";
        }
        return "an object";
    }
}
