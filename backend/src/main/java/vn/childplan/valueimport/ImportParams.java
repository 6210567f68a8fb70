package vn.childplan.valueimport;

import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The parameters of an import, taken and described alike by the synchronous import and the import jobs. Kept as
 * the text sent (null when absent) and checked by {@link ImportService#options}, which answers a malformed one with
 * 400 VALIDATION_FAILED naming it.
 */
public record ImportParams(
        @QueryParam("dryRun") @Parameter(description = "true: check and count everything, write nothing",
                schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false")) String dryRun,
        @QueryParam("mode") @Parameter(description = "ALL_OR_NOTHING (default): nothing is written when a row is "
                + "rejected (422 IMPORT_REJECTED; a job FAILS with IMPORT_REJECTED); PER_ROW: the valid rows are "
                + "written", schema = @Schema(type = SchemaType.STRING, enumeration = { "ALL_OR_NOTHING", "PER_ROW" },
                        defaultValue = "ALL_OR_NOTHING")) String mode,
        @QueryParam("overwriteFinal") @Parameter(description = "true: replace stored FINAL values (admins and "
                + "planners only, else 403)", schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false"))
        String overwriteFinal,
        @HeaderParam(IdempotencyKeys.HEADER) @Parameter(description = "A key of your own (e.g. a UUID) that makes a "
                + "retry safe: the same key and body answer the first answer again (a job: the same job)",
                example = "8e03978e-40d5-43e8-bc93-6894a57f9324") String idempotencyKey) {
}
