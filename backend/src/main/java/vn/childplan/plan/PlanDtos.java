package vn.childplan.plan;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.childplan.document.DocumentDtos.DocumentDto;
import vn.childplan.document.DocumentDtos.DocumentRef;
import vn.childplan.document.ObjectiveDtos.ObjectiveDto;
import vn.childplan.indicator.TargetDtos.TargetDto;
import vn.childplan.orgunit.AgencyDtos.AgencyRef;
import vn.childplan.task.AssignmentRole;
import vn.childplan.task.TaskDtos.TaskDto;
import vn.childplan.task.WorkStatus;

/** Read models that put a whole plan on one page. */
public final class PlanDtos {
    private PlanDtos() {
    }

    @Schema(name = "PlanView", description = "A plan in one call: metadata, its place in the cascade, objectives with "
            + "their targets, and the task tree with each task's assignments")
    public record PlanView(
            DocumentDto document,
            @Schema(description = "Documents that implement this one (one level down the cascade)") List<DocumentRef> implementedBy,
            List<ObjectiveView> objectives,
            @Schema(description = "Top-level tasks; each carries its subtasks") List<TaskNode> tasks) {
    }

    @Schema(name = "ObjectiveView", description = "An objective with its targets")
    public record ObjectiveView(ObjectiveDto objective, List<TargetDto> targets) {
    }

    @Schema(name = "TaskNode", description = "A task, its assignments and its subtasks")
    public record TaskNode(TaskDto task, List<AssignmentBrief> assignments, List<TaskNode> children) {
    }

    @Schema(name = "AssignmentBrief", description = "An assignment as listed under its task")
    public record AssignmentBrief(long id, AgencyRef agency, AssignmentRole role, String duty,
            @Schema(description = "The assignment's own due date, if any") LocalDate dueOn, WorkStatus status,
            @Schema(description = "The agency's short word on its progress, given with the status") String progressNote,
            @Schema(description = "The day the status and note refer to") LocalDate statusOn, int version) {
    }

    @Schema(name = "AssignmentMatrix", description = "Agencies × tasks of a plan: which agency leads (chủ trì), "
            + "coordinates (phối hợp) or is requested (đề nghị) on which task")
    public record AssignmentMatrix(
            long documentId,
            @Schema(description = "The columns: every task in tree order") List<MatrixTask> tasks,
            @Schema(description = "The rows: one per assigned agency, most leads first") List<MatrixRow> rows) {
    }

    @Schema(name = "MatrixTask", description = "A column of the matrix")
    public record MatrixTask(long id, @Schema(examples = "II.1") String number, String title,
            @Schema(description = "0 for top-level tasks", examples = "1") int depth) {
    }

    @Schema(name = "MatrixRow", description = "One agency's assignments across the plan's tasks")
    public record MatrixRow(AgencyRef agency, @Schema(examples = "2") int leads, @Schema(examples = "5") int coordinates,
            @Schema(examples = "0") int requests, @Schema(description = "Only the tasks it is assigned, in column order")
            List<MatrixCell> cells) {
    }

    @Schema(name = "MatrixCell", description = "The agency's role on one task")
    public record MatrixCell(long taskId, long assignmentId, AssignmentRole role) {
    }
}
