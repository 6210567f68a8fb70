package vn.childplan.task;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.MonthDay;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.childplan.common.VersionedDto;
import vn.childplan.security.ScopedRef;

/** Request and response shapes of tasks (Nhiệm vụ, giải pháp). */
public final class TaskDtos {
    /** The database's rule for task numbers: dot-separated parts of letters and digits (II, II.1, II.1.a, 3.đ). */
    static final String NUMBER_PATTERN = "^[0-9A-Za-zĐđ]+([.][0-9A-Za-zĐđ]+)*$";

    private TaskDtos() {
    }

    @Schema(name = "Task", description = "A numbered task of a document; tasks nest (II, II.1, II.1.a)")
    public record TaskDto(
            @Schema(examples = "101") long id,
            @Schema(description = "The document (plan) the task belongs to", examples = "51") long documentId,
            @Schema(description = "The task it is nested under; null at the top level", examples = "100") Long parentId,
            @Schema(description = "The number as printed, unique within the document", examples = "II.1.a") String number,
            @Schema(description = "Order among its siblings", examples = "0") int position,
            @Schema(examples = "Tổ chức quán triệt, triển khai thực hiện Chỉ thị số 28-CT/TW") String title,
            String description,
            @Schema(description = "Địa bàn thực hiện", examples = "Trên phạm vi toàn tỉnh") String scope,
            @Schema(implementation = String.class, pattern = "^--[0-9]{2}-[0-9]{2}$",
                    description = "First day of a yearly recurrence (--MM-dd); null when the task does not recur",
                    examples = "--06-01") MonthDay recurrenceFrom,
            @Schema(implementation = String.class, pattern = "^--[0-9]{2}-[0-9]{2}$",
                    description = "Last day of the yearly recurrence (--MM-dd)", examples = "--06-30") MonthDay recurrenceTo,
            @Schema(description = "The calendar the recurrence is counted on: SOLAR (dương lịch) or LUNAR (âm lịch, "
                    + "the Vietnamese lunar calendar: --08-15 is Tết Trung thu)") RecurrenceCalendar recurrenceCalendar,
            @Schema(examples = "2025-12-31") LocalDate dueOn,
            WorkStatus status,
            @Schema(description = "Row version, also sent as the ETag", examples = "0") int version) implements VersionedDto {

        /** Reads only the ids of the document and the parent, so neither is loaded. */
        public static TaskDto of(Task t) {
            return new TaskDto(t.id, t.document.id, t.parent == null ? null : t.parent.id, t.number, t.position,
                    t.title, t.description, t.scope, t.recurrenceFrom, t.recurrenceTo, t.recurrenceCalendar, t.dueOn, t.status,
                    t.version);
        }
    }

    @Schema(name = "TaskRef", description = "A task named by id, number and title")
    public record TaskRef(
            @Schema(examples = "101") long id,
            @Schema(examples = "II.1") String number,
            @Schema(examples = "Tổ chức quán triệt, triển khai thực hiện Chỉ thị số 28-CT/TW") String title,
            @JsonIgnore @Schema(hidden = true) Long scopeUnitId) implements ScopedRef {
        /** Governed by its document's unit; the callers have loaded the document already (a report's, a plan's). */
        public static TaskRef of(Task t) {
            return t == null ? null
                    : new TaskRef(t.id, t.number, t.title, t.document.unit == null ? null : t.document.unit.id);
        }
    }

    @Schema(name = "TaskInput", description = "A task to create or the full new state of one to update")
    public record TaskInput(
            @NotNull @Schema(description = "The document; cannot change once the task exists", examples = "51") Long documentId,
            @Schema(description = "The task to nest under, in the same document; omit for a top-level task", examples = "100") Long parentId,
            @NotBlank @Size(max = 30) @Pattern(regexp = NUMBER_PATTERN,
                    message = "must be dot-separated letters and digits, e.g. II.1.a") @Schema(examples = "II.1.a") String number,
            @Min(0) @Schema(description = "Order among siblings; omitted: after the last sibling on create, unchanged on "
                    + "update unless the parent changes", examples = "0") Integer position,
            @NotBlank @Size(max = 1000) @Schema(examples = "Tổ chức các hoạt động Tháng hành động vì trẻ em") String title,
            @Size(max = 20000) String description,
            @Size(max = 500) @Schema(examples = "Trên phạm vi toàn tỉnh") String scope,
            @Schema(implementation = String.class, pattern = "^--[0-9]{2}-[0-9]{2}$",
                    description = "First day of a yearly recurrence (--MM-dd); give both ends or neither",
                    examples = "--06-01") MonthDay recurrenceFrom,
            @Schema(implementation = String.class, pattern = "^--[0-9]{2}-[0-9]{2}$",
                    description = "Last day of the yearly recurrence (--MM-dd); may fall in the next year",
                    examples = "--06-30") MonthDay recurrenceTo,
            @Schema(description = "The calendar the recurrence is counted on; omitted: SOLAR. A LUNAR day is at most "
                    + "30 and names the regular (not the leap) month") RecurrenceCalendar recurrenceCalendar,
            @Schema(examples = "2025-12-31") LocalDate dueOn,
            @Schema(description = "Omitted: NOT_STARTED on create, unchanged on update") WorkStatus status) {
    }
}
