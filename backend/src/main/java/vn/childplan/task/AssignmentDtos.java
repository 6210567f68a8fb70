package vn.childplan.task;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.childplan.common.VersionedDto;
import vn.childplan.document.DocumentDtos.DocumentRef;
import vn.childplan.orgunit.AgencyDtos.AgencyRef;
import vn.childplan.task.TaskDtos.TaskRef;

/** Request and response shapes of assignments (Phân công thực hiện). */
public final class AssignmentDtos {
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
            @Schema(description = "Row version, also sent as the ETag", examples = "0") int version) implements VersionedDto {

        public static AssignmentDto of(Assignment a) {
            return new AssignmentDto(a.id, TaskRef.of(a.task), DocumentRef.of(a.task.document), AgencyRef.of(a.agency),
                    a.role, a.duty, a.dueOn, a.dueOn != null ? a.dueOn : a.task.dueOn, a.status, a.version);
        }
    }

    @Schema(name = "AssignmentInput", description = "An assignment to create or the full new state of one to update")
    public record AssignmentInput(
            @NotNull @Schema(description = "The task; cannot change once the assignment exists", examples = "101") Long taskId,
            @NotNull @Schema(examples = "12") Long agencyId,
            @NotNull AssignmentRole role,
            @Size(max = 20000) String duty,
            @Schema(description = "The agency's own deadline; omit to follow the task's", examples = "2025-06-30") LocalDate dueOn,
            @Schema(description = "Omitted: NOT_STARTED on create, unchanged on update") WorkStatus status) {
    }
}
