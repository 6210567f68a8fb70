package vn.childplan.task;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Map;
import vn.childplan.common.ApiException;
import vn.childplan.common.Filter;
import vn.childplan.common.Page;
import vn.childplan.common.PageParams;
import vn.childplan.common.Text;
import vn.childplan.common.Versions;
import vn.childplan.orgunit.Agency;
import vn.childplan.orgunit.AgencyRepository;
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

    private final AssignmentRepository assignments;
    private final TaskRepository tasks;
    private final AgencyRepository agencies;

    public AssignmentService(AssignmentRepository assignments, TaskRepository tasks, AgencyRepository agencies) {
        this.assignments = assignments;
        this.tasks = tasks;
        this.agencies = agencies;
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
        var query = assignments.find(AssignmentRepository.FETCHED + " where " + f.query(),
                page.toSort(SORTS, "dueOn").disableEscaping(), f.params());
        return Page.of(query, page, AssignmentDto::of);
    }

    public AssignmentDto get(long id) {
        return AssignmentDto.of(assignments.findFetched(id).orElseThrow(() -> ApiException.notFound("Assignment", id)));
    }

    @Transactional
    public AssignmentDto create(AssignmentInput in) {
        Assignment a = new Assignment();
        a.task = tasks.findByIdOptional(in.taskId())
                .orElseThrow(() -> ApiException.invalidReference("Task", in.taskId(), "taskId"));
        a.status = in.status() != null ? in.status() : WorkStatus.NOT_STARTED;
        apply(a, in);
        // The one-lead and one-agency-per-task rules live in the database; flushing here turns a breach into
        // 409 LEAD_ALREADY_ASSIGNED / DUPLICATE (ProblemMappers) instead of a failure at commit.
        assignments.persistAndFlush(a);
        return AssignmentDto.of(a);
    }

    @Transactional
    public AssignmentDto update(long id, int expectedVersion, AssignmentInput in) {
        Assignment a = find(id);
        Versions.check(expectedVersion, a.version);
        if (!a.task.id.equals(in.taskId())) {
            throw ApiException.rule("taskId", "an assignment cannot move to another task; delete it and assign anew");
        }
        if (in.status() != null) {
            a.status = in.status();
        }
        apply(a, in);
        assignments.flush();
        return AssignmentDto.of(a);
    }

    @Transactional
    public void delete(long id, int expectedVersion) {
        Assignment a = find(id);
        Versions.check(expectedVersion, a.version);
        assignments.delete(a);
        assignments.flush();
    }

    private Assignment find(long id) {
        return assignments.findByIdOptional(id).orElseThrow(() -> ApiException.notFound("Assignment", id));
    }

    private void apply(Assignment a, AssignmentInput in) {
        Agency agency = agencies.findByIdOptional(in.agencyId())
                .orElseThrow(() -> ApiException.invalidReference("Agency", in.agencyId(), "agencyId"));
        a.agency = agency;
        a.role = in.role();
        a.duty = Text.clean(in.duty());
        a.dueOn = in.dueOn();
    }
}
