package vn.childplan.document;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.childplan.common.Answers;
import vn.childplan.common.Creates;
import vn.childplan.common.ErrorCode;
import vn.childplan.common.Page;
import vn.childplan.common.PageParams;
import vn.childplan.common.Responses;
import org.jboss.resteasy.reactive.RestResponse;
import vn.childplan.document.DocumentDtos.DocumentDto;
import vn.childplan.document.DocumentDtos.DocumentInput;
import vn.childplan.document.DocumentDtos.DocumentSummary;
import vn.childplan.security.Roles;

@Path("/api/v1/documents")
@Tag(name = "Documents and plans")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.ADMIN, Roles.PLANNER, Roles.OFFICER, Roles.VIEWER, Roles.INTEGRATION })
public class DocumentResource {
    private final DocumentService service;

    public DocumentResource(DocumentService service) {
        this.service = service;
    }

    @GET
    @Operation(operationId = "listDocuments", summary = "List documents and plans",
            description = "Sort keys: issuedOn, title, number, periodFromYear, status, kind (default -issuedOn). "
                    + "Plans are documents of kind PLAN.")
    public Page<DocumentSummary> list(
            @QueryParam("kind") @Parameter(description = "Only this kind, e.g. PLAN") DocumentKind kind,
            @QueryParam("status") @Parameter(description = "Only this status") DocumentStatus status,
            @QueryParam("unitId") @Parameter(description = "Only documents governing this administrative unit") Long unitId,
            @QueryParam("year") @Min(1945) @Max(2100) @Parameter(description = "Only documents whose period covers this year", example = "2016") Integer year,
            @QueryParam("issuerId") @Parameter(description = "Only documents issued by this agency") Long issuerId,
            @QueryParam("implementsId") @Parameter(description = "Only documents that implement this (parent) document") Long implementsId,
            @QueryParam("q") @Size(max = 200) @Parameter(description = "Words of the number or title; diacritics, case and Unicode form are ignored", example = "tre em") String q,
            @Valid @BeanParam PageParams page) {
        return service.list(new DocumentService.ListFilter(kind, status, unitId, year, issuerId, implementsId, q), page);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getDocument", summary = "Get a document with the documents it implements",
            description = "The document's metadata (kind, number, issuer, dates, status, years) and the higher "
                    + "documents it implements, with its ETag. A plan's whole content is GET /api/v1/plans/{id}.")
    public RestResponse<DocumentDto> get(@PathParam("id") long id) {
        return Responses.ok(service.get(id));
    }

    @POST
    @RolesAllowed({ Roles.ADMIN, Roles.PLANNER })
    @Operation(operationId = "createDocument", summary = "Create a document or plan",
            description = "A non-draft needs its number and issue date. `implementsIds` links it into the cascade; "
                    + "a link that would form a cycle is refused with 422 CASCADE_CYCLE.")
    @Creates
    @Answers({ ErrorCode.DUPLICATE, ErrorCode.INVALID_REFERENCE, ErrorCode.RULE_VIOLATED })
    public RestResponse<DocumentDto> create(@Valid @NotNull DocumentInput input, UriInfo uri) {
        return Responses.created(uri, service.create(input));
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({ Roles.ADMIN, Roles.PLANNER })
    @Operation(operationId = "replaceDocument",
            summary = "Replace a document's metadata and cascade links", description = "Requires If-Match with the ETag you read.")
    @Answers({ ErrorCode.DUPLICATE, ErrorCode.INVALID_REFERENCE, ErrorCode.CASCADE_CYCLE, ErrorCode.RULE_VIOLATED })
    public RestResponse<DocumentDto> update(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull DocumentInput input) {
        return Responses.changed(ifMatch, v -> service.update(id, v, input));
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({ Roles.ADMIN, Roles.PLANNER })
    @Operation(operationId = "deleteDocument", summary = "Delete a draft document",
            description = "Only drafts; issued documents are kept (422). Refused with 409 while other documents implement it.")
    @Answers(ErrorCode.STILL_REFERENCED)
    public void delete(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch) {
        Responses.deleted(ifMatch, v -> service.delete(id, v));
    }
}
