package vn.childplan.valueimport;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.childplan.common.Answers;
import vn.childplan.common.ErrorCode;
import vn.childplan.common.Page;
import vn.childplan.common.PageParams;
import vn.childplan.security.Roles;
import vn.childplan.valueimport.ImportDtos.ImportRow;
import vn.childplan.valueimport.ImportJobDtos.ImportJobDto;

/** Imports of indicator values run in the background, for files too large to wait for. */
@Path("/api/v1/import-jobs")
@Tag(name = "Imports")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.ADMIN, Roles.PLANNER, Roles.OFFICER, Roles.INTEGRATION })
public class ImportJobResource {
    private final ImportJobService service;

    public ImportJobResource(ImportJobService service) {
        this.service = service;
    }

    @POST
    @Path("/indicator-values")
    @Consumes({ ImportFormat.TEXT_CSV, ImportFormat.APPLICATION_NDJSON, ImportFormat.APPLICATION_JSON,
            ImportFormat.SDMX_CSV_TYPE })
    @Operation(operationId = "submitImportJob", summary = "Import indicator values from a file, in the background",
            description = "The import of POST /api/v1/imports/indicator-values (the same formats by Content-Type, "
                    + "rows (" + ImportResource.ROW + "), parameters, rules and scope) run as a job: the file is "
                    + "received whole, then the answer is 202 with the job and its Location at once; poll GET "
                    + "/api/v1/import-jobs/{id} for its progress and, once it has finished, the summary the "
                    + "synchronous import answers. The import is one transaction: a job SUCCEEDED committed all of it; "
                    + "FAILED (unreadable file, rows rejected all or nothing, backend stopped) and CANCELLED wrote "
                    + "nothing. With Idempotency-Key, a retry with the same body answers the same job (kept 24 hours); "
                    + "the same key with another body or parameters is 422, while the job runs 409.")
    @RequestBody(content = {
            @Content(mediaType = ImportFormat.TEXT_CSV, schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = ImportFormat.APPLICATION_NDJSON, schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = ImportFormat.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY,
                    implementation = ImportRow.class)),
            @Content(mediaType = ImportFormat.SDMX_CSV_TYPE, schema = @Schema(type = SchemaType.STRING)) })
    @APIResponse(responseCode = "202", description = "The job, queued (or, for a retry with the same "
            + "Idempotency-Key, as it stands now)", headers = @Header(name = "Location", description = "URL of the job",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ImportJobDto.class)))
    @Answers({ ErrorCode.IDEMPOTENCY_KEY_IN_USE, ErrorCode.IDEMPOTENCY_KEY_REUSED })
    public Response submitImportJob(@NotNull InputStream body, @Context HttpHeaders headers,
            @BeanParam ImportParams params,
            @Context UriInfo uri) {
        ImportJobDto job = service.submit(body, headers.getMediaType(), params);
        return Response.accepted(job).type(MediaType.APPLICATION_JSON)
                .location(uri.getBaseUriBuilder().path(ImportJobResource.class).path(Long.toString(job.id())).build())
                .build();
    }

    @GET
    @Operation(operationId = "listImportJobs", summary = "The caller's import jobs",
            description = "The jobs the caller sent, newest first. Sort keys: createdAt, state, id; default "
                    + "`-createdAt`.")
    public Page<ImportJobDto> listImportJobs(@Valid @BeanParam PageParams page) {
        return service.list(page);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getImportJob", summary = "An import job: its state, progress and summary",
            description = "QUEUED, RUNNING (rowsRead, rowsChecked move), then SUCCEEDED, FAILED (with a stable error "
                    + "code) or CANCELLED, each with the summary (outcome ABORTED when it stopped before its end). "
                    + "A job is its sender's: another caller gets 404; admins read every one.")
    public ImportJobDto getImportJob(@PathParam("id") long id) {
        return service.get(id);
    }

    @POST
    @Path("/{id}/cancel")
    @Operation(operationId = "cancelImportJob", summary = "Cancel an import job",
            description = "A QUEUED or RUNNING job becomes CANCELLED at once and its import rolls back: nothing of it "
                    + "stays. 409 when the job has finished already. The sender's own jobs (admins: any).")
    @Answers({ ErrorCode.INVALID_TRANSITION })
    public ImportJobDto cancelImportJob(@PathParam("id") long id) {
        return service.cancel(id);
    }
}
