package vn.childplan.task;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;
import vn.childplan.common.ApiException;
import vn.childplan.common.Filter;
import vn.childplan.common.Page;
import vn.childplan.common.PageParams;
import vn.childplan.common.Text;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collection;
import vn.childplan.orgunit.Agency;
import vn.childplan.orgunit.AgencyDtos.AgencyRef;
import vn.childplan.orgunit.AgencyKind;
import vn.childplan.security.ScopedReferences;
import vn.childplan.orgunit.AgencyRepository;
import vn.childplan.audit.AuditService;
import vn.childplan.audit.AuditedWrites;
import vn.childplan.common.Problem;
import vn.childplan.security.Caller;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import vn.childplan.task.AssignmentDtos.AssignmentChange;
import vn.childplan.task.AssignmentDtos.AssignmentDto;
import vn.childplan.task.AssignmentDtos.AssignmentInput;

@ApplicationScoped
public class AssignmentService {
    /**
     * Sort keys → HQL over the aliases of {@link AssignmentRepository#FETCHED}; dueOn is the effective due date, an
     * expression, hence the sort is used unescaped (this whitelist is its only source).
     */
    private static final Map<String, String> SORTS = Map.of("dueOn", "coalesce(a.dueOn, t.dueOn)", "role", "a.role",
            "id", "a.id");
    private static final String ENTITY = "assignment";
    /** The fields of an agency's progress report, whose changes make an assignment's history. */
    private static final Set<String> PROGRESS = Set.of("status", "progressNote", "statusOn");
    /** What an assignment's history shows: its progress, and who was assigned in which role (a succession moves it). */
    private static final Set<String> HISTORY = Set.of("status", "progressNote", "statusOn", "agency", "role");
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final AssignmentRepository assignments;
    private final TaskRepository tasks;
    private final AgencyRepository agencies;
    private final Caller caller;
    private final AuditService audit;
    private final AuditedWrites.Kind<Assignment, AssignmentDto> writes;

    public AssignmentService(AssignmentRepository assignments, TaskRepository tasks, AgencyRepository agencies,
            Caller caller, AuditService audit, AuditedWrites audited) {
        this.assignments = assignments;
        this.tasks = tasks;
        this.agencies = agencies;
        this.caller = caller;
        this.audit = audit;
        this.writes = audited.of(ENTITY, AssignmentDto::of, a -> a.task.document.unit,
                a -> caller.requireEdit(a.task.document.unit));
    }

    /**
     * Filters by document, task, agency, role, status and effective due date. Task, document and agency are
     * fetched in the same select, so a page costs one query (plus the count).
     */
    public Page<AssignmentDto> list(Long documentId, Long taskId, Long agencyId, AssignmentRole role, WorkStatus status,
            LocalDate dueBefore, PageParams page) {
        Filter f = new Filter()
                .and("d.id = :doc", "doc", documentId)
                .and("t.id = :task", "task", taskId)
                .and("g.id = :agency", "agency", agencyId)
                .and("a.role = :role", "role", role)
                .and("a.status = :status", "status", status)
                .and("coalesce(a.dueOn, t.dueOn) <= :due", "due", dueBefore);
        caller.restrict(f, "d.unit");
        var query = assignments.find(AssignmentRepository.FETCHED + " where " + f.query(),
                page.toSort(SORTS, "dueOn").disableEscaping(), f.params());
        return Page.of(query, page, AssignmentDto::of);
    }

    public AssignmentDto get(long id) {
        return AssignmentDto.of(readable(id));
    }

    /**
     * Each change of the status, note or date, newest first, with who made it and when, read from the audit trail:
     * it holds every write of an assignment before and after, so a second record of the same would only drift.
     */
    public List<AssignmentChange> history(long id) {
        readable(id);
        return audit.changes(ENTITY, id, HISTORY).stream().map(c -> new AssignmentChange(
                WorkStatus.valueOf(c.after().path("status").asText()), c.after().path("progressNote").textValue(),
                c.after().path("statusOn").isTextual() ? LocalDate.parse(c.after().path("statusOn").textValue()) : null,
                agency(c.after().path("agency")), AssignmentRole.valueOf(c.after().path("role").asText()),
                c.by(), c.at())).toList();
    }

    /** The agency of a stored snapshot, with the unit it was marked with: the answer's scope rule decides if it shows. */
    private static AgencyRef agency(JsonNode ref) {
        if (!ref.hasNonNull("id")) {
            return null;
        }
        JsonNode unit = ref.path(ScopedReferences.MARK);
        return new AgencyRef(ref.path("id").asLong(), ref.path("name").textValue(), ref.path("shortName").textValue(),
                ref.hasNonNull("kind") ? AgencyKind.valueOf(ref.path("kind").asText()) : null,
                unit.isNumber() ? unit.asLong() : null);
    }

    private Assignment readable(long id) {
        Assignment a = assignments.findFetched(id).orElseThrow(() -> ApiException.notFound("Assignment", id));
        caller.requireRead(a.task.document.unit, "Assignment", id);
        return a;
    }

    @Transactional
    public AssignmentDto create(AssignmentInput in) {
        Assignment a = new Assignment();
        a.task = tasks.findByIdOptional(in.taskId()).filter(t -> caller.canRead(t.document.unit))
                .orElseThrow(() -> ApiException.invalidReference("Task", in.taskId(), "taskId"));
        caller.requireEdit(a.task.document.unit);
        progress(a, in.status() != null ? in.status() : WorkStatus.NOT_STARTED, in);
        apply(a, in);
        // The one-lead and one-agency-per-task rules live in the database; flushing here turns a breach into
        // 409 LEAD_ALREADY_ASSIGNED / DUPLICATE (TaskConstraints) instead of a failure at commit.
        return writes.create(a);
    }

    @Transactional
    public AssignmentDto update(long id, int expectedVersion, AssignmentInput in) {
        return writes.update(find(id), a -> caller.requireAssignmentUpdate(a.task.document.unit, a.agency,
                () -> otherThanProgress(a, in)), expectedVersion, a -> {
            if (!a.task.id.equals(in.taskId())) {
                throw ApiException.rule("taskId", "an assignment cannot move to another task; delete it and assign anew");
            }
            if (in.status() != null) {
                progress(a, in.status(), in);
            } else if (in.progressNote() != null || in.statusOn() != null) {
                throw ApiException.rule(in.progressNote() != null ? "progressNote" : "statusOn",
                        "a progress note and its date are sent with the status they describe");
            }
            apply(a, in);
        });
    }

    /**
     * The fields other than the progress report (status, note, date) that {@code in} would change, each named as
     * refused to an officer, who reports progress only ({@link Caller#requireAssignmentUpdate}).
     */
    private static List<Problem.Violation> otherThanProgress(Assignment a, AssignmentInput in) {
        List<Problem.Violation> refused = new ArrayList<>();
        if (!a.task.id.equals(in.taskId())) {
            refused.add(new Problem.Violation("taskId", "an officer may not change the task", "Role"));
        }
        if (!a.agency.id.equals(in.agencyId())) {
            refused.add(new Problem.Violation("agencyId", "an officer may not reassign the work", "Role"));
        }
        if (a.role != in.role()) {
            refused.add(new Problem.Violation("role", "an officer may not change the role", "Role"));
        }
        if (!Objects.equals(a.duty, Text.clean(in.duty()))) {
            refused.add(new Problem.Violation("duty", "an officer may not change the duty", "Role"));
        }
        if (!Objects.equals(a.dueOn, in.dueOn())) {
            refused.add(new Problem.Violation("dueOn", "an officer may not change the due date", "Role"));
        }
        return refused;
    }

    @Transactional
    public void delete(long id, int expectedVersion) {
        writes.delete(find(id), expectedVersion);
    }

    /** The open assignments (neither DONE nor CANCELLED) of {@code agencyId}, fetched, in task order. */
    public List<Assignment> openOf(long agencyId) {
        return assignments.list(AssignmentRepository.FETCHED + " where g.id = ?1 and a.status not in ?2"
                + " order by d.id, t.id", agencyId, List.of(WorkStatus.DONE, WorkStatus.CANCELLED));
    }

    /** The assignments of {@code agencyIds} on {@code taskIds}, fetched. */
    public List<Assignment> onTasks(Collection<Long> taskIds, Collection<Long> agencyIds) {
        return taskIds.isEmpty() || agencyIds.isEmpty() ? List.of()
                : assignments.list(AssignmentRepository.FETCHED + " where t.id in ?1 and g.id in ?2", taskIds, agencyIds);
    }

    /** Gives {@code a} to {@code agency} in {@code role}, audited: its history keeps who held it before. */
    public AssignmentDto reassign(Assignment a, Agency agency, AssignmentRole role) {
        return writes.update(a, a.version, x -> {
            x.agency = agency;
            x.role = role;
        });
    }

    /** Ends {@code a} by deleting it, audited (its last state stays in the audit trail). */
    public void remove(Assignment a) {
        writes.delete(a, a.version);
    }

    private Assignment find(long id) {
        return assignments.findByIdOptional(id).orElseThrow(() -> ApiException.notFound("Assignment", id));
    }

    /** The agency's progress report: the status with its note and date, replaced together. */
    private static void progress(Assignment a, WorkStatus status, AssignmentInput in) {
        if (in.statusOn() != null && in.statusOn().isAfter(LocalDate.now(VIETNAM))) {
            throw ApiException.rule("statusOn", "the status cannot refer to a day after today");
        }
        a.status = status;
        a.progressNote = Text.clean(in.progressNote());
        a.statusOn = in.statusOn();
    }

    private void apply(Assignment a, AssignmentInput in) {
        Agency agency = agencies.findByIdOptional(in.agencyId()).filter(g -> caller.canRead(g.unit))
                .orElseThrow(() -> ApiException.invalidReference("Agency", in.agencyId(), "agencyId"));
        a.agency = agency;
        a.role = in.role();
        a.duty = Text.clean(in.duty());
        a.dueOn = in.dueOn();
    }
}
