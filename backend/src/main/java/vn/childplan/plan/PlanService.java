package vn.childplan.plan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import vn.childplan.document.Document;
import vn.childplan.document.DocumentDtos.DocumentDto;
import vn.childplan.document.DocumentDtos.DocumentRef;
import vn.childplan.document.DocumentService;
import vn.childplan.document.ObjectiveDtos.ObjectiveDto;
import vn.childplan.document.ObjectiveRepository;
import vn.childplan.indicator.TargetDtos.TargetDto;
import vn.childplan.indicator.TargetRepository;
import vn.childplan.orgunit.AgencyDtos.AgencyRef;
import vn.childplan.plan.PlanDtos.AssignmentBrief;
import vn.childplan.plan.PlanDtos.AssignmentMatrix;
import vn.childplan.plan.PlanDtos.MatrixCell;
import vn.childplan.plan.PlanDtos.MatrixRow;
import vn.childplan.plan.PlanDtos.MatrixTask;
import vn.childplan.plan.PlanDtos.ObjectiveView;
import vn.childplan.plan.PlanDtos.PlanView;
import vn.childplan.plan.PlanDtos.TaskNode;
import vn.childplan.task.Assignment;
import vn.childplan.task.AssignmentRepository;
import vn.childplan.task.AssignmentRole;
import vn.childplan.task.Task;
import vn.childplan.task.TaskDtos.TaskDto;
import vn.childplan.task.TaskRepository;

/**
 * Assembles a plan from a fixed number of queries (document, cascade, objectives, targets, tasks, assignments),
 * however many tasks and agencies it has.
 */
@ApplicationScoped
public class PlanService {
    private final DocumentService documents;
    private final ObjectiveRepository objectives;
    private final TargetRepository targets;
    private final TaskRepository tasks;
    private final AssignmentRepository assignments;

    public PlanService(DocumentService documents, ObjectiveRepository objectives, TargetRepository targets,
            TaskRepository tasks, AssignmentRepository assignments) {
        this.documents = documents;
        this.objectives = objectives;
        this.targets = targets;
        this.tasks = tasks;
        this.assignments = assignments;
    }

    @Transactional
    public PlanView view(long documentId) {
        Document d = documents.find(documentId);
        Map<Long, List<TargetDto>> targetsByObjective = targets
                .list("from Target t join fetch t.indicator join fetch t.objective o where o.document.id = ?1 order by t.id",
                        documentId)
                .stream().collect(Collectors.groupingBy(t -> t.objective.id, Collectors.mapping(TargetDto::of, Collectors.toList())));
        List<ObjectiveView> objectiveViews = objectives.list("document.id = ?1 order by position, id", documentId).stream()
                .map(o -> new ObjectiveView(ObjectiveDto.of(o), targetsByObjective.getOrDefault(o.id, List.of())))
                .toList();
        Map<Long, List<AssignmentBrief>> byTask = planAssignments(documentId).stream().collect(Collectors.groupingBy(
                a -> a.task.id, LinkedHashMap::new, Collectors.mapping(PlanService::brief, Collectors.toList())));
        List<Task> all = planTasks(documentId);
        Map<Long, List<Task>> children = all.stream().filter(t -> t.parent != null)
                .collect(Collectors.groupingBy(t -> t.parent.id));
        List<TaskNode> roots = all.stream().filter(t -> t.parent == null).map(t -> node(t, children, byTask)).toList();
        return new PlanView(DocumentDto.of(d), documents.implementers(documentId).stream().map(DocumentRef::of).toList(),
                objectiveViews, roots);
    }

    @Transactional
    public AssignmentMatrix matrix(long documentId) {
        documents.find(documentId);
        List<Task> all = planTasks(documentId);
        Map<Long, List<Task>> children = all.stream().filter(t -> t.parent != null)
                .collect(Collectors.groupingBy(t -> t.parent.id));
        List<MatrixTask> columns = new ArrayList<>();
        all.stream().filter(t -> t.parent == null).forEach(t -> flatten(t, 0, children, columns));
        Map<Long, Integer> column = new LinkedHashMap<>();
        columns.forEach(c -> column.put(c.id(), column.size()));

        Collator vietnamese = Collator.getInstance(Locale.forLanguageTag("vi-VN"));
        List<MatrixRow> rows = planAssignments(documentId).stream()
                .collect(Collectors.groupingBy(a -> a.agency.id, LinkedHashMap::new, Collectors.toList()))
                .values().stream()
                .map(list -> {
                    List<MatrixCell> cells = list.stream()
                            .sorted(Comparator.comparing(a -> column.get(a.task.id)))
                            .map(a -> new MatrixCell(a.task.id, a.id, a.role)).toList();
                    return new MatrixRow(AgencyRef.of(list.get(0).agency), count(list, AssignmentRole.LEAD),
                            count(list, AssignmentRole.COORDINATE), count(list, AssignmentRole.REQUESTED), cells);
                })
                .sorted(Comparator.comparingInt(MatrixRow::leads).reversed()
                        .thenComparing(Comparator.comparingInt(MatrixRow::coordinates).reversed())
                        .thenComparing(r -> r.agency().name(), vietnamese))
                .toList();
        return new AssignmentMatrix(documentId, columns, rows);
    }

    private List<Task> planTasks(long documentId) {
        return tasks.list("document.id = ?1 order by position, number", documentId);
    }

    private List<Assignment> planAssignments(long documentId) {
        return assignments.list("from Assignment a join fetch a.agency join fetch a.task t where t.document.id = ?1"
                + " order by a.role, a.id", documentId);
    }

    private static TaskNode node(Task t, Map<Long, List<Task>> children, Map<Long, List<AssignmentBrief>> byTask) {
        return new TaskNode(TaskDto.of(t), byTask.getOrDefault(t.id, List.of()),
                children.getOrDefault(t.id, List.of()).stream().map(c -> node(c, children, byTask)).toList());
    }

    private static void flatten(Task t, int depth, Map<Long, List<Task>> children, List<MatrixTask> out) {
        out.add(new MatrixTask(t.id, t.number, t.title, depth));
        children.getOrDefault(t.id, List.of()).forEach(c -> flatten(c, depth + 1, children, out));
    }

    private static AssignmentBrief brief(Assignment a) {
        return new AssignmentBrief(a.id, AgencyRef.of(a.agency), a.role, a.duty, a.dueOn, a.status, a.progressNote,
                a.statusOn, a.version);
    }

    private static int count(List<Assignment> list, AssignmentRole role) {
        return (int) list.stream().filter(a -> a.role == role).count();
    }
}
