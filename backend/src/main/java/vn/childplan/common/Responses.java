package vn.childplan.common;

import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.function.IntConsumer;
import java.util.function.IntFunction;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * Responses for one record, always carrying its ETag so the client can send it back in If-Match; and the one place
 * where a resource's If-Match becomes the version a change or deletion expects ({@link Versions#expected}).
 */
public final class Responses {
    private Responses() {
    }

    public static <T extends VersionedDto> RestResponse<T> ok(T body) {
        return RestResponse.ResponseBuilder.ok(body).tag(Versions.etag(body.version())).build();
    }

    public static <T extends VersionedDto> RestResponse<T> created(UriInfo uri, T body) {
        return created(uri.getAbsolutePathBuilder().path(Long.toString(body.id())).build(), body);
    }

    /**
     * 201 for a record created by another resource's operation or under another collection than the request's path
     * (an import, a plan's attachment): {@code location} is its own URL.
     */
    public static <T extends VersionedDto> RestResponse<T> created(URI location, T body) {
        return RestResponse.ResponseBuilder.<T>created(location).entity(body).tag(Versions.etag(body.version())).build();
    }

    /** 200 for a change under If-Match: {@code write} gets the version the client read (missing → 428). */
    public static <T extends VersionedDto> RestResponse<T> changed(String ifMatch, IntFunction<T> write) {
        return ok(write.apply(Versions.expected(ifMatch)));
    }

    /** A deletion under If-Match: {@code delete} gets the version the client read (missing → 428). */
    public static void deleted(String ifMatch, IntConsumer delete) {
        delete.accept(Versions.expected(ifMatch));
    }
}
