package vn.childplan.calendar;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.childplan.calendar.CalendarDtos.CalendarDto;
import vn.childplan.common.Answers;
import vn.childplan.common.ErrorCode;
import vn.childplan.security.Roles;

/** The year's events, deadlines and due dates: derived from plans, regimes and the observances, never stored. */
@Path("/api/v1/calendar")
@Tag(name = "Calendar")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.ADMIN, Roles.PLANNER, Roles.OFFICER, Roles.VIEWER, Roles.INTEGRATION })
public class CalendarResource {
    private final CalendarService service;

    public CalendarResource(CalendarService service) {
        this.service = service;
    }

    @GET
    @Operation(operationId = "getCalendar", summary = "The events, report deadlines and due dates of a year or month",
            description = "What happens in the year (or the month): the national observances about children "
                    + "(Ngày Quốc tế Thiếu nhi 1/6, Tháng hành động vì trẻ em 1/6–30/6, Tết Trung thu 15/8 of the "
                    + "lunar calendar…); for every plan in force in the caller's scope (not a draft, its years include "
                    + "the year) its recurring tasks on that year's days (PLAN_EVENT; a LUNAR recurrence is computed "
                    + "on the Vietnamese lunar calendar, on Vietnam's meridian UTC+7), its tasks and assignments due "
                    + "(TASK_DUE, ASSIGNMENT_DUE) and the deadlines of the reports its regime owes (REPORT_DEADLINE, "
                    + "the regimes' deadline rule; a period of the year before counts when its deadline falls in the "
                    + "range). An officer sees its own agency's assignments, and the deadlines of the plans where its "
                    + "agency owes or consolidates reports. Ordered by first day, kind and title. unitId narrows to "
                    + "plans of that unit or of units below it (422 when it does not exist or is outside the caller's "
                    + "scope).")
    @Answers(ErrorCode.INVALID_REFERENCE)
    public CalendarDto calendar(
            @QueryParam("year") @NotNull @Min(1901) @Max(2099)
            @Parameter(description = "The year", required = true, example = "2016",
                    schema = @Schema(minimum = "1901", maximum = "2099")) Integer year,
            @QueryParam("month") @Min(1) @Max(12)
            @Parameter(description = "The month (1–12); omitted: the whole year", example = "6",
                    schema = @Schema(minimum = "1", maximum = "12")) Integer month,
            @QueryParam("unitId") @Parameter(description = "Only plans of this unit or of units below it") Long unitId) {
        return service.calendar(year, month, unitId);
    }
}
