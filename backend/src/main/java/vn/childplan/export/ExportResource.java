package vn.childplan.export;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.childplan.common.Answers;
import vn.childplan.common.ErrorCode;
import vn.childplan.export.ExportService.Selection;
import vn.childplan.security.Roles;

/** Files for statisticians and scripts, streamed as they are read from the database. */
@Path("/api/v1/exports")
@Tag(name = "Exports")
@RolesAllowed({ Roles.ADMIN, Roles.PLANNER, Roles.OFFICER, Roles.VIEWER, Roles.INTEGRATION })
public class ExportResource {
    static final String CSV = "text/csv; charset=UTF-8";
    static final String TOTAL = "X-Total-Count";
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final String EXAMPLE = """
            indicator_code,indicator_name,indicator_measure,unit_code,unit_name,unit_level,period_code,period_type,\
            period_start,period_end,sex,age_group,area_type,value,status,source_kind,source_name,report_id,evidence,\
            entered_by,entered_at,updated_at\r
            TE_TIEM_CHUNG,"Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ, 8 loại vắc xin",%,46,Tỉnh Thừa Thiên Huế,\
            PROVINCE,2016,YEAR,2016-01-01,2016-12-31,ALL,ALL,ALL,96.5,FINAL,AGENCY_REPORT,Sở Y tế,1201,\
            "Báo cáo số 12/BC-SYT, bảng 3",f3b1c2d4-5e6f-4a7b-8c9d-0e1f2a3b4c5d,2017-01-20T02:15:00Z,\
            2017-03-02T08:40:12.5Z\r
            """;

    private final ExportService service;

    public ExportResource(ExportService service) {
        this.service = service;
    }

    @GET
    @Path("/indicator-values")
    @Produces(CSV)
    @Operation(operationId = "exportIndicatorValues", summary = "Export indicator values as CSV",
            description = "Every indicator value the caller may read (the scope of GET /api/v1/indicator-values) that "
                    + "matches all the filters given, as one CSV file (RFC 4180: UTF-8, a header row, comma-separated, "
                    + "CRLF line ends, a field quoted when it holds a comma, quote or line break, quotes doubled). One "
                    + "row per value (tidy long form), in a fixed order: indicator code, unit code, period start, then "
                    + "sex, age group and area type. Columns: `indicator_code`, `indicator_name` (Vietnamese), "
                    + "`indicator_measure` (the indicator's unit, e.g. %), `unit_code`, `unit_name`, `unit_level` "
                    + "(PROVINCE, DISTRICT, COMMUNE; the unit as it stood in the period), `period_code`, `period_type`, "
                    + "`period_start`, `period_end` (yyyy-MM-dd, inclusive), `sex`, `age_group`, `area_type`, `value` "
                    + "(plain decimal with a dot, no grouping), `status` (ESTIMATE, FINAL), `source_kind`, "
                    + "`source_name`, `report_id` (the accepted agency report it was published from, else empty), "
                    + "`evidence`, `entered_by` (token subject), `entered_at`, `updated_at` (ISO 8601, UTC). The file "
                    + "is streamed as it is read, so exports of millions of rows start at once; `X-Total-Count`, counted "
                    + "just before, tells a client how many rows to expect. Ask with `Accept: text/csv` (or */*); a "
                    + "request accepting only JSON is answered 406. Malformed filters are 400 with the parameter named "
                    + "in `violations[]`; an indicator, unit or plan that does not exist or is outside the caller's "
                    + "scope is 422.")
    @APIResponse(responseCode = "200", description = "The CSV file",
            headers = {
                    @Header(name = TOTAL, description = "Number of data rows in the file (the header row not counted)",
                            schema = @Schema(type = SchemaType.INTEGER, format = "int64")),
                    @Header(name = HttpHeaders.CONTENT_DISPOSITION,
                            description = "attachment; filename=\"indicator-values-YYYYMMDD.csv\" (today in Vietnam)",
                            schema = @Schema(type = SchemaType.STRING)) },
            content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING, format = "binary"),
                    examples = @ExampleObject(name = "values", summary = "A header and one value", value = EXAMPLE)))
    @Answers({ ErrorCode.NOT_ACCEPTABLE, ErrorCode.INVALID_REFERENCE })
    public Response indicatorValues(
            @QueryParam("indicatorId") @Parameter(description = "Only values of these indicators (repeat the "
                    + "parameter for several, at most 100)", schema = @Schema(type = SchemaType.ARRAY,
                            implementation = Long.class)) List<String> indicatorIds,
            @QueryParam("unitId") @Parameter(description = "Only values of this administrative unit",
                    schema = @Schema(type = SchemaType.INTEGER, format = "int64"), example = "46") String unitId,
            @QueryParam("descendants") @Parameter(description = "With unitId: also the values of every unit below "
                    + "it, by code across reorganisations (default false: that unit only)",
                    schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false")) String descendants,
            @QueryParam("documentId") @Parameter(description = "Only the values of this plan: the indicators of its "
                    + "targets, for its unit and every unit below it",
                    schema = @Schema(type = SchemaType.INTEGER, format = "int64")) String documentId,
            @QueryParam("periodFrom") @Parameter(description = "Only values whose period ends on or after this day",
                    schema = @Schema(type = SchemaType.STRING, format = "date"), example = "2016-01-01") String periodFrom,
            @QueryParam("periodTo") @Parameter(description = "Only values whose period starts on or before this day",
                    schema = @Schema(type = SchemaType.STRING, format = "date"), example = "2016-12-31") String periodTo,
            @QueryParam("status") @Parameter(description = "Only estimates or only final values",
                    schema = @Schema(type = SchemaType.STRING, enumeration = { "ESTIMATE", "FINAL" })) String status,
            @QueryParam("bom") @Parameter(description = "true: start with a UTF-8 byte order mark, so Excel reads "
                    + "the Vietnamese text (scripts leave it out)",
                    schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false")) String bom) {
        Selection selection = service.select(indicatorIds, unitId, descendants, documentId, periodFrom, periodTo, status,
                bom);
        StreamingOutput body = out -> service.write(selection, out);
        String file = "indicator-values-" + LocalDate.now(VIETNAM).format(DateTimeFormatter.BASIC_ISO_DATE) + ".csv";
        return Response.ok(body, CSV).header(TOTAL, selection.count())
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + file + "\"").build();
    }
}
