package vn.childplan.common;

import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.RestResponse;

/** Responses for one record, always carrying its ETag so the client can send it back in If-Match. */
public final class Responses {
    private Responses() {
    }

    public static <T extends VersionedDto> RestResponse<T> ok(T body) {
        return RestResponse.ResponseBuilder.ok(body).tag(Versions.etag(body.version())).build();
    }

    public static <T extends VersionedDto> RestResponse<T> created(UriInfo uri, T body) {
        return RestResponse.ResponseBuilder.<T>created(uri.getAbsolutePathBuilder().path(Long.toString(body.id())).build())
                .entity(body).tag(Versions.etag(body.version())).build();
    }
}
