package vn.childplan.export;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.Variant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
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
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String TOTAL = "X-Total-Count";
    private static final String PREFERENCE_APPLIED = "Preference-Applied";
    private static final String COUNT_EXACT = "count=exact";
    /** RFC 7240: preferences are comma-separated, a value may be quoted, parameters follow a semicolon. */
    private static final Pattern PREFER_COUNT = Pattern.compile("(?i)(^|,)\\s*count\\s*=\\s*\"?exact\"?\\s*(;|,|$)");
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final String EXAMPLE = """
            indicator_code,indicator_name,indicator_measure,unit_code,unit_name,unit_level,period_code,period_type,\
            period_start,period_end,sex,age_group,area_type,value,status,source_kind,source_name,report_id,evidence,\
            entered_by,entered_at,updated_at,confidentiality\r
            TE_TIEM_CHUNG,"Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ, 8 loại vắc xin",%,46,Tỉnh Thừa Thiên Huế,\
            PROVINCE,2016,YEAR,2016-01-01,2016-12-31,ALL,ALL,ALL,96.5,FINAL,AGENCY_REPORT,Sở Y tế,1201,\
            "Báo cáo số 12/BC-SYT, bảng 3",f3b1c2d4-5e6f-4a7b-8c9d-0e1f2a3b4c5d,\
            2017-01-20T02:15:00.000000Z,2017-03-02T08:40:12.500000Z,F\r
            """;

    private static final String SDMX_EXAMPLE = """
            STRUCTURE,STRUCTURE_ID,ACTION,INDICATOR,REF_AREA,TIME_PERIOD,SEX,AGE,URBANISATION,OBS_VALUE,OBS_STATUS,\
            UNIT_MEASURE,CONF_STATUS\r
            dataflow,VN_CHILDPLAN:DF_CHILD_INDICATORS(1.0),I,TE_TIEM_CHUNG,46,2016-S1,_T,_T,_T,95.25,E,%,F\r
            """;
    private static final List<Variant> VARIANTS = Variant.mediaTypes(Arrays.stream(ExportFormat.values())
            .map(f -> MediaType.valueOf(f.mediaType)).toArray(MediaType[]::new)).build();

    private final ExportService service;

    public ExportResource(ExportService service) {
        this.service = service;
    }

    @GET
    @Path("/indicator-values")
    @Produces({ "text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "application/x-ndjson",
            "application/vnd.sdmx.data+csv" })
    @Operation(operationId = "exportIndicatorValues", summary = "Export indicator values as CSV, XLSX, NDJSON or SDMX-CSV",
            description = "Every indicator value the caller may read (the scope of GET /api/v1/indicator-values) that "
                    + "matches all the filters given, as one CSV file (RFC 4180: UTF-8, a header row, comma-separated, "
                    + "CRLF line ends, a field quoted when it holds a comma, quote or line break, quotes doubled). One "
                    + "row per value (tidy long form), in a fixed order: indicator code, unit code, period start, then "
                    + "sex, age group and area type. Columns: `indicator_code`, `indicator_name` (Vietnamese), "
                    + "`indicator_measure` (the indicator's unit, e.g. %), `unit_code`, `unit_name`, `unit_level` "
                    + "(PROVINCE, DISTRICT, COMMUNE; the unit as it stood in the period), `period_code`, `period_type`, "
                    + "`period_start`, `period_end` (yyyy-MM-dd, inclusive), `sex`, `age_group`, `area_type`, `value` "
                    + "(plain decimal with a dot, no grouping; empty when suppressed), `status` (ESTIMATE, FINAL), "
                    + "`source_kind`, "
                    + "`source_name`, `report_id` (the accepted agency report it was published from, else empty), "
                    + "`evidence`, `entered_by` (token subject), `entered_at`, `updated_at` (ISO 8601, UTC, to the "
                    + "microsecond), `confidentiality` (F shown; C a small count of a sensitive indicator withheld from "
                    + "a caller without the sensitive-data grant; D withheld so that a C cannot be recovered from its "
                    + "total and siblings). The same rows come in other formats, chosen by `format=` or else by `Accept`: "
                    + "**XLSX** (one sheet, Vietnamese headers, figures as numbers, dates as dates; a sheet continues "
                    + "on the next after 1,048,575 rows), **NDJSON** (`application/x-ndjson`: one JSON object per "
                    + "line, the CSV's column names as keys, figures as numbers, null for empty) and **SDMX-CSV 2.0** "
                    + "(`application/vnd.sdmx.data+csv; version=2.0.0`: `STRUCTURE`, `STRUCTURE_ID` "
                    + "(dataflow VN_CHILDPLAN:DF_CHILD_INDICATORS(1.0)), `ACTION` (I), the dimensions `INDICATOR`, "
                    + "`REF_AREA` (unit code), `TIME_PERIOD` (2016, 2016-S1, 2016-Q3, 2016-M05; other periods as start "
                    + "date/P<days>D), `SEX` (_T, F, M), `AGE` (_T or the age group), `URBANISATION` (_T, U, R, EM "
                    + "for ethnic-minority areas), then `OBS_VALUE` (empty when suppressed), `OBS_STATUS` (A final, E "
                    + "estimate) and `UNIT_MEASURE`, `SOURCE_KIND`, `SOURCE_NAME`, `EVIDENCE`, `CONF_STATUS` (F, C, D "
                    + "as `confidentiality`)). CSV, NDJSON and SDMX-CSV re-import as they are through "
                    + "POST /api/v1/imports/indicator-values. In files meant for Excel (XLSX, and CSV with `bom=true`) a text starting "
                    + "with =, +, -, @, a tab or a carriage return cannot run as a formula: CSV puts an apostrophe "
                    + "before it, XLSX marks the cell as quoted text; machine formats keep text as stored. The file is "
                    + "written by the database as it is read, indicator by indicator, so exports of millions of rows "
                    + "start at once. A client that wants to show progress sends `Prefer: count=exact` (RFC 7240) and "
                    + "gets `X-Total-Count`, the rows counted just before (which delays the first byte by the count's "
                    + "time, about a second per 5 million rows), and `Preference-Applied: count=exact`. A "
                    + "request accepting none of these types (only JSON, say) is answered 406. Malformed filters are "
                    + "400 with the parameter named in `violations[]`; an indicator, unit or plan that does not exist "
                    + "or is outside the caller's scope is 422.")
    @APIResponse(responseCode = "200", description = "The CSV file",
            headers = {
                    @Header(name = TOTAL, description = "With `Prefer: count=exact`: the number of data rows in the "
                            + "file (the header row not counted)",
                            schema = @Schema(type = SchemaType.INTEGER, format = "int64")),
                    @Header(name = PREFERENCE_APPLIED, description = "`count=exact` when the rows were counted",
                            schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = HttpHeaders.CONTENT_DISPOSITION,
                            description = "attachment; filename=\"indicator-values-YYYYMMDD.csv\" (today in Vietnam; "
                                    + ".xlsx, .ndjson for those formats)",
                            schema = @Schema(type = SchemaType.STRING)) },
            content = {
                    @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING, format = "binary"),
                            examples = @ExampleObject(name = "values", summary = "A header and one value",
                                    value = EXAMPLE)),
                    @Content(mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                            schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = "application/x-ndjson", schema = @Schema(type = SchemaType.STRING, format = "binary",
                            description = "One JSON object per line with the CSV's column names as keys (no example: "
                                    + "the contract's tools read one as a single JSON object)")),
                    @Content(mediaType = "application/vnd.sdmx.data+csv", schema = @Schema(type = SchemaType.STRING, format = "binary"),
                            examples = @ExampleObject(name = "values", summary = "A header and one value",
                                    value = SDMX_EXAMPLE)) })
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
            @QueryParam("bom") @Parameter(description = "CSV only. true: the file is for Excel: it starts with a "
                    + "UTF-8 byte order mark, so Excel reads the Vietnamese text, and text that would run as a formula "
                    + "gets a leading apostrophe (scripts leave it out)",
                    schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false")) String bom,
            @QueryParam("format") @Parameter(description = "The file format, overriding Accept (for links in a "
                    + "browser)", schema = @Schema(type = SchemaType.STRING,
                            enumeration = { "csv", "xlsx", "ndjson", "sdmx-csv" })) String format,
            @HeaderParam("Prefer") @Parameter(description = "`count=exact`: send the row count in X-Total-Count "
                    + "(RFC 7240)", example = COUNT_EXACT) String prefer,
            @Context Request request) {
        Variant accepted = request.selectVariant(VARIANTS);
        ExportFormat negotiated = accepted == null ? ExportFormat.CSV
                : ExportFormat.ofMediaType(accepted.getMediaType()).orElse(ExportFormat.CSV);
        Selection selection = service.select(indicatorIds, unitId, descendants, documentId, periodFrom, periodTo, status,
                bom, format, negotiated, prefer != null && PREFER_COUNT.matcher(prefer).find());
        StreamingOutput body = out -> service.write(selection, out);
        ExportFormat f = selection.format();
        String file = "indicator-values-" + LocalDate.now(VIETNAM).format(DateTimeFormatter.BASIC_ISO_DATE) + "."
                + f.extension;
        Response.ResponseBuilder answer = Response.ok(body, f.contentType)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + file + "\"");
        if (selection.count() != null) {
            answer.header(TOTAL, selection.count()).header(PREFERENCE_APPLIED, COUNT_EXACT);
        }
        return answer.build();
    }

    @GET
    @Path("/plans/{id}")
    @Produces(XLSX)
    @Operation(operationId = "exportPlan", summary = "Export a whole plan as an Excel workbook",
            description = "One sheet per table, Vietnamese headers and labels: `Kế hoạch` (the plan's metadata, one "
                    + "field per row), `Mục tiêu` (objectives), `Chỉ tiêu` (targets with the latest value of their "
                    + "indicator at the plan's unit and their attainment today, as GET /plans/{id}/progress gives "
                    + "them), `Nhiệm vụ` (tasks in reading order) and `Phân công` (assignments with their task's "
                    + "number). Figures are numbers, dates are dates; text that would run as a formula is marked as "
                    + "text. The same scope rules as the API's answers: a plan outside the caller's scope is 404, "
                    + "and an agency the caller may not read is left out.")
    @APIResponse(responseCode = "200", description = "The workbook",
            headers = @Header(name = HttpHeaders.CONTENT_DISPOSITION,
                    description = "attachment; filename=\"plan-{id}-YYYYMMDD.xlsx\" (today in Vietnam)",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @Answers(ErrorCode.NOT_ACCEPTABLE)
    public Response plan(@PathParam("id") @Parameter(description = "The plan (a document)") long id) {
        ExportService.PlanTables tables = service.plan(id);
        StreamingOutput body = out -> service.writePlan(tables, out);
        String file = "plan-" + id + "-" + LocalDate.now(VIETNAM).format(DateTimeFormatter.BASIC_ISO_DATE) + ".xlsx";
        return Response.ok(body, XLSX).header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + file + "\"")
                .build();
    }
}
