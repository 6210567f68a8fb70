package vn.childplan.task;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.childplan.common.VersionedDto;
import vn.childplan.document.DocumentDtos.DocumentRef;
import vn.childplan.orgunit.AgencyDtos.AgencyRef;
import vn.childplan.task.TaskDtos.TaskRef;

/** Request and response shapes of assignments (Phân công thực hiện). */
public final class AssignmentDtos {
    /** The longest progress note (column assignment.progress_note). */
    public static final int PROGRESS_NOTE_MAX = 500;

    private AssignmentDtos() {
    }

    @Schema(name = "Assignment", description = "One agency's part in one task: chủ trì, phối hợp or đề nghị tham gia")
    public record AssignmentDto(
            @Schema(examples = "201") long id,
            TaskRef task,
            @Schema(description = "The document (plan) of the task") DocumentRef document,
            AgencyRef agency,
            AssignmentRole role,
            @Schema(description = "What the agency is asked to do") String duty,
            @Schema(description = "The assignment's own due date; null when it follows the task's", examples = "2025-06-30")
            LocalDate dueOn,
            @Schema(description = "The date the agency must meet: its own due date or, when it has none, the task's",
                    examples = "2025-06-30") LocalDate effectiveDueOn,
            WorkStatus status,
            @Schema(description = "The agency's short word on its progress, given with the status",
                    examples = "Đã tổ chức 3 lớp tập huấn cho cán bộ y tế xã") String progressNote,
            @Schema(description = "The day the status and note refer to", examples = "2025-05-30") LocalDate statusOn,
            @Schema(description = "Row version, also sent as the ETag", examples = "0") int version) implements VersionedDto {

        public static AssignmentDto of(Assignment a) {
            return new AssignmentDto(a.id, TaskRef.of(a.task), DocumentRef.of(a.task.document), AgencyRef.of(a.agency),
                    a.role, a.duty, a.dueOn, a.dueOn != null ? a.dueOn : a.task.dueOn, a.status, a.progressNote,
                    a.statusOn, a.version);
        }
    }

    @Schema(name = "AssignmentChange", description = "One change of an assignment's status, note or date, or of "
            + "the agency assigned and its role: what it became, who made it and when")
    public record AssignmentChange(
            WorkStatus status,
            @Schema(examples = "Đã tổ chức 3 lớp tập huấn cho cán bộ y tế xã") String progressNote,
            @Schema(examples = "2025-05-30") LocalDate statusOn,
            @Schema(description = "The agency assigned after the change (an agency's succession moves the work)") AgencyRef agency,
            @Schema(description = "Its role after the change") AssignmentRole role,
            @Schema(description = "The user name of whoever made the change", examples = "officer.syt.hue") String changedBy,
            @Schema(description = "When the change was saved") Instant changedAt) {
    }

    @Schema(name = "AssignmentInput", description = "An assignment to create or the full new state of one to update")
    public record AssignmentInput(
            @NotNull @Schema(description = "The task; cannot change once the assignment exists", examples = "101") Long taskId,
            @NotNull @Schema(examples = "12") Long agencyId,
            @NotNull AssignmentRole role,
            @Size(max = 20000) String duty,
            @Schema(description = "The agency's own deadline; omit to follow the task's", examples = "2025-06-30") LocalDate dueOn,
            @Schema(description = "Omitted: NOT_STARTED on create; on update the status, its note and its date stay "
                    + "as they are") WorkStatus status,
            @Size(max = PROGRESS_NOTE_MAX) @Schema(description = "A short word on the progress. On update it is sent "
                    + "with a status and replaced with it: a status without a note clears the note")
            String progressNote,
            @Schema(description = "The day the status refers to, not after today (Vietnam); like the note, sent with a "
                    + "status and replaced with it", examples = "2025-05-30") LocalDate statusOn) {
    }
}
