package vn.childplan.planimport;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import vn.childplan.common.Answers;
import vn.childplan.common.Creates;
import vn.childplan.common.ErrorCode;
import vn.childplan.common.Responses;
import vn.childplan.document.DocumentDtos.DocumentDto;
import vn.childplan.document.DocumentResource;
import vn.childplan.planimport.PlanImportDtos.PlanDraft;
import vn.childplan.planimport.PlanSaveDtos.ReviewedPlan;
import vn.childplan.security.Roles;

@Path("/api/v1/plan-imports")
@Tag(name = "Plan import")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.ADMIN, Roles.PLANNER })
public class PlanImportResource {
    private final PlanImportService service;
    private final PlanSaveService saves;

    public PlanImportResource(PlanImportService service, PlanSaveService saves) {
        this.service = service;
        this.saves = saves;
    }

    @POST
    // any media type reaches the method, so an anonymous caller is refused (401) before the type is (415)
    @Consumes(MediaType.WILDCARD)
    @Operation(operationId = "importPlanDocument", summary = "Read a plan document into a draft",
            description = "Send the document as published — plain text, Markdown or DOCX as the body, or any of them as "
                    + "the multipart field `file` — and get the plan it describes as a draft: metadata, the documents "
                    + "it implements and cites, purposes, requirements, objectives and targets, tasks, assignments, "
                    + "funding, the reporting regime, recurring events and external systems. Every item carries the "
                    + "lines it was read from (`source`) and a `confidence`; what the document does not say is null "
                    + "or empty. Vietnamese in combining form (NFD), TCVN3 or VNI is converted. Nothing is saved. "
                    + "An empty or unreadable document is 400 UNREADABLE_DOCUMENT.")
    @RequestBody(content = {
        @Content(mediaType = MediaType.TEXT_PLAIN, schema = @Schema(type = SchemaType.STRING)),
        @Content(mediaType = DocumentText.MARKDOWN, schema = @Schema(type = SchemaType.STRING)),
        @Content(mediaType = DocumentText.DOCX, schema = @Schema(type = SchemaType.STRING, format = "binary")),
        @Content(mediaType = MediaType.MULTIPART_FORM_DATA, schema = @Schema(implementation = Upload.class)) })
    public PlanDraft importDocument(@NotNull byte[] body, @Context HttpHeaders headers) {
        return service.read(body, headers.getHeaderString(HttpHeaders.CONTENT_TYPE));
    }

    @POST
    @Path("/plans")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "savePlanImport", summary = "Save a reviewed draft as a draft plan",
            description = "The draft of POST /plan-imports as the planner reviewed it (items fixed or dropped; "
                    + "`source` and `confidence` may stay and are ignored), with the unit the plan governs and, for the "
                    + "issuer, each assignment's agency and each target's indicator, an existing id or a new one to "
                    + "create (`newIssuer`, `newAgency`, `newIndicator`; new indicators are the administrators'). "
                    + "Becomes a DRAFT plan — never issued — with its objectives, targets, task tree and assignments, "
                    + "through the same checks, access rules and audit as each record created on its own, in one "
                    + "transaction. Any mistake in the draft is 422 DRAFT_REJECTED with every violation's `field` a "
                    + "path of this body (`assignments[3].role` for a second lead of a task, "
                    + "`tasks[0].children[1].title`) and nothing is saved; a unit the caller may not plan for is 403. "
                    + "Answers the new plan, its URL in Location.")
    @Creates
    @Answers(ErrorCode.DRAFT_REJECTED)
    public RestResponse<DocumentDto> save(@Valid @NotNull ReviewedPlan plan, @Context UriInfo uri) {
        DocumentDto saved = saves.save(plan);
        return Responses.created(uri.getBaseUriBuilder().path(DocumentResource.class).path(Long.toString(saved.id()))
                .build(), saved);
    }

    /** The multipart form, as the contract names it (a named schema, so generated clients get a type for it). */
    @Schema(name = "PlanDocumentUpload", description = "A plan document sent as a form")
    record Upload(@Schema(type = SchemaType.STRING, format = "binary",
            description = "The document; its part's Content-Type says which kind it is") String file) {
    }

    /**
     * The same operation for a multipart upload; the contract shows it as one more body type of the one above (hidden,
     * so OpenApiConventions documents the operation from that one alone).
     */
    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(hidden = true)
    public PlanDraft importUpload(@RestForm("file") FileUpload file) {
        return service.readUpload(file);
    }
}
