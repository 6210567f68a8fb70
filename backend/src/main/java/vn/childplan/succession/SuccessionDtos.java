package vn.childplan.succession;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.childplan.document.DocumentDtos.DocumentRef;
import vn.childplan.orgunit.AgencyDtos.AgencyRef;
import vn.childplan.reportingcycle.ReportStatus;
import vn.childplan.task.AssignmentRole;
import vn.childplan.task.TaskDtos.TaskRef;
import vn.childplan.task.WorkStatus;

public final class SuccessionDtos {
    private SuccessionDtos() {
    }

    @Schema(name = "SuccessionInput", description = "Ending an agency with its successor(s): one to one, or split by task")
    public record SuccessionInput(
            @NotNull @Schema(description = "The agency that takes over its work (and every task not named in "
                    + "taskSuccessors); recorded as the agency's successor", examples = "12") Long successorId,
            @NotNull @Schema(description = "The agency's last day", examples = "2025-02-28") LocalDate endOn,
            @Valid @Size(max = 1000) @Schema(description = "For a split: the tasks that go to another successor")
            List<@NotNull @Valid TaskSuccessor> taskSuccessors) {
    }

    @Schema(name = "SuccessionCommit", description = "A previewed succession to carry out")
    public record SuccessionCommit(
            @NotNull Long successorId,
            @NotNull LocalDate endOn,
            @Valid @Size(max = 1000) List<@NotNull @Valid TaskSuccessor> taskSuccessors,
            @NotBlank @Size(max = 100) @Schema(description = "The previewToken of the preview this commits; 409 "
                    + "SUCCESSION_STALE when the work to move changed since") String previewToken) {
        SuccessionInput input() {
            return new SuccessionInput(successorId, endOn, taskSuccessors);
        }
    }

    @Schema(name = "TaskSuccessor", description = "One task of a split and the agency that takes it over")
    public record TaskSuccessor(@NotNull @Schema(examples = "101") Long taskId,
            @NotNull @Schema(examples = "13") Long successorId) {
    }

    @Schema(name = "SuccessionOutcome", description = "MOVE: the record goes to the successor; MERGE: the successor "
            + "already holds the task, keeps its assignment with the stronger role (LEAD > COORDINATE > REQUESTED) and "
            + "this one ends; STAY: a report the successor already has for the same plan and period, this one stays "
            + "with the agency")
    public enum Outcome {
        MOVE, MERGE, STAY
    }

    @Schema(name = "AssignmentSuccession", description = "An open assignment of the agency and where it goes")
    public record AssignmentMove(
            @Schema(examples = "301") long assignmentId,
            DocumentRef document,
            TaskRef task,
            AssignmentRole role,
            WorkStatus status,
            AgencyRef successor,
            Outcome outcome,
            @Schema(description = "Whether the successor already holds the task") boolean clash,
            @Schema(description = "The successor's role on the task afterwards") AssignmentRole resultingRole,
            @Schema(description = "The assignment that carries the task afterwards (this one, or the successor's)")
            long resultingAssignmentId) {
    }

    @Schema(name = "ReportSuccession", description = "A report of the agency never submitted and where it goes; "
            + "submitted reports stay with the agency that submitted them and are not listed")
    public record ReportMove(
            @Schema(examples = "501") long reportId,
            DocumentRef document,
            @Schema(examples = "2025-H1") String periodCode,
            ReportStatus status,
            AgencyRef successor,
            Outcome outcome,
            @Schema(description = "Whether the successor already has a report for the plan and period") boolean clash) {
    }

    @Schema(name = "Succession", description = "What ending an agency moves to its successor(s), what clashes and how "
            + "it resolves; committed or only previewed")
    public record SuccessionDto(
            AgencyRef agency,
            LocalDate endOn,
            AgencyRef successor,
            List<AssignmentMove> assignments,
            List<ReportMove> reports,
            @Schema(description = "Send back to commit exactly this preview") String previewToken,
            @Schema(description = "Whether this answer is the committed succession") boolean committed) {
    }
}
