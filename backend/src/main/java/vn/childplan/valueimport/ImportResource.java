package vn.childplan.valueimport;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.childplan.common.Answers;
import vn.childplan.common.ErrorCode;
import vn.childplan.security.Roles;
import vn.childplan.valueimport.ImportDtos.ImportRow;
import vn.childplan.valueimport.ImportDtos.ImportSummary;

/** Files of indicator values from other systems and statisticians, imported by official codes. */
@Path("/api/v1/imports")
@Tag(name = "Imports")
@RolesAllowed({ Roles.ADMIN, Roles.PLANNER, Roles.OFFICER, Roles.INTEGRATION })
public class ImportResource {
    static final String ROW = "indicator code, unit code (resolved as the unit stood in the period), period "
            + "(2016, 2016-H1, 2016-Q3, 2016-05, 2016-05S, 2016-2017, 2016-03-01/2016-06-30; SDMX 2024-A1, 2024-S1, "
            + "2024-Q1, 2024-M01; ISO 2024-01-01/P6M), sex, age group and area type (ALL when left out), value, status "
            + "(ESTIMATE when left out), source kind, source name, evidence";

    private final ImportService service;

    public ImportResource(ImportService service) {
        this.service = service;
    }

    @POST
    @Path("/indicator-values")
    @Consumes({ ImportFormat.TEXT_CSV, ImportFormat.APPLICATION_NDJSON, ImportFormat.APPLICATION_JSON,
            ImportFormat.SDMX_CSV_TYPE })
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "importIndicatorValues", summary = "Import indicator values from a file",
            description = "Creates or updates the values a file holds, named by official codes: " + ROW + ". "
                    + "Formats by Content-Type: `text/csv` with the columns of GET /api/v1/exports/indicator-values "
                    + "(so an export re-imports as is; its descriptive columns are read past), "
                    + "`application/x-ndjson` (one object per line) or `application/json` (an array of objects) with "
                    + "the members indicatorCode, unitCode, unitLevel, periodCode, sex, ageGroup, areaType, value (a "
                    + "number), status, sourceKind, sourceName, evidence (or the CSV's column names, so an NDJSON "
                    + "export re-imports as is), and `application/vnd.sdmx.data+csv` "
                    + "(SDMX-CSV 2.0 as the export writes it: STRUCTURE, STRUCTURE_ID, ACTION I/A/R, INDICATOR, "
                    + "REF_AREA, TIME_PERIOD, SEX F/M/_T, AGE, URBANISATION U/R/EM/_T, OBS_VALUE, OBS_STATUS A/E/P, "
                    + "UNIT_MEASURE (read past), SOURCE_KIND, SOURCE_NAME, EVIDENCE). "
                    + "Admins and machine clients import any unit's values, planners and officers those of their "
                    + "unit and the units below it (other rows are rejected OUT_OF_SCOPE). A row equal to the stored "
                    + "value changes nothing; a stored FINAL value is replaced only with overwriteFinal=true (admins "
                    + "and planners) and is then listed in replacedFinalValues, else the row is rejected "
                    + "FINAL_VALUE_LOCKED. The answer counts rows imported, updated, unchanged and rejected, and "
                    + "names each rejected row by row, line, column, key and a stable code with the reason in "
                    + "Vietnamese and English. All or nothing by default: any rejected row → 422 IMPORT_REJECTED "
                    + "carrying the same summary, nothing written. An import that changes something is one audit "
                    + "entry (indicator-value-import) with the file's SHA-256 and the counts. With Idempotency-Key, "
                    + "a retry with the same body answers the first answer again (kept 24 hours); the same key with "
                    + "another body is 422, while the first still runs 409.")
    @RequestBody(content = {
            @Content(mediaType = ImportFormat.TEXT_CSV, schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = ImportFormat.APPLICATION_NDJSON, schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = ImportFormat.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY,
                    implementation = ImportRow.class)),
            @Content(mediaType = ImportFormat.SDMX_CSV_TYPE, schema = @Schema(type = SchemaType.STRING)) })
    @APIResponse(responseCode = "200", description = "The import's summary (also of a dry run)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ImportSummary.class)))
    @Answers({ ErrorCode.IDEMPOTENCY_KEY_IN_USE, ErrorCode.IMPORT_REJECTED, ErrorCode.IDEMPOTENCY_KEY_REUSED })
    public Response importIndicatorValues(@NotNull InputStream body, @Context HttpHeaders headers,
            @BeanParam ImportParams params,
            @Context UriInfo uri) {
        ImportService.Answer a = service.importValues(body, headers.getMediaType(), params,
                uri.getRequestUri().getPath());
        return Response.status(a.status()).type(a.contentType()).entity(a.body()).build();
    }
}
