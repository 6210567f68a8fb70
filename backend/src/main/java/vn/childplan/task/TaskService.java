package vn.childplan.task;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.MonthDay;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.childplan.common.ApiException;
import vn.childplan.common.ErrorCode;
import vn.childplan.common.Filter;
import vn.childplan.common.Page;
import vn.childplan.common.PageParams;
import vn.childplan.common.Problem;
import vn.childplan.common.Text;
import vn.childplan.document.Document;
import vn.childplan.document.DocumentService;
import vn.childplan.audit.AuditedWrites;
import vn.childplan.security.Caller;
import vn.childplan.task.TaskDtos.TaskDto;
import vn.childplan.task.TaskDtos.TaskInput;

@ApplicationScoped
public class TaskService {
    private static final Map<String, String> SORTS = Map.of("number", "number", "position", "position", "dueOn", "dueOn",
            "title", "title", "id", "id");

    private final TaskRepository tasks;
    private final DocumentService documents;
    private final Caller caller;
    private final AuditedWrites.Kind<Task, TaskDto> writes;

    public TaskService(TaskRepository tasks, DocumentService documents, Caller caller, AuditedWrites audited) {
        this.tasks = tasks;
        this.documents = documents;
        this.caller = caller;
        this.writes = audited.of("task", TaskDto::of, t -> t.document.unit, t -> caller.requireEdit(t.document.unit));
    }

    /** Filters by document, direct parent and status; {@code q} searches title and description. */
    public Page<TaskDto> list(Long documentId, Long parentId, WorkStatus status, String q, PageParams page) {
        Filter f = new Filter()
                .and("document.id = :doc", "doc", documentId)
                .and("parent.id = :parent", "parent", parentId)
                .and("status = :status", "status", status)
                .search("concat(title, ' ', coalesce(description, ''))", q);
        caller.restrict(f, "document.unit");
        return Page.of(tasks.find(f.query(), page.toSort(SORTS, "position"), f.params()), page, TaskDto::of);
    }

    public TaskDto get(long id) {
        Task t = find(id);
        caller.requireRead(t.document.unit, "Task", id);
        return TaskDto.of(t);
    }

    /** The task or 404; other features use it to resolve references. */
    public Task find(long id) {
        return tasks.findByIdOptional(id).orElseThrow(() -> ApiException.notFound("Task", id));
    }

    @Transactional
    public TaskDto create(TaskInput in) {
        Task t = new Task();
        t.document = documents.editableReference(in.documentId(), "documentId");
        t.parent = parent(in, t.document);
        t.position = in.position() != null ? in.position()
                : tasks.nextPosition(t.document.id, t.parent == null ? null : t.parent.id);
        t.status = in.status() != null ? in.status() : WorkStatus.NOT_STARTED;
        apply(t, in);
        return writes.create(t);
    }

    @Transactional
    public TaskDto update(long id, int expectedVersion, TaskInput in) {
        return writes.update(find(id), expectedVersion, t -> {
            if (!t.document.id.equals(in.documentId())) {
                throw ApiException.rule("documentId", "a task cannot move to another document");
            }
            Task parent = parent(in, t.document);
            Long oldParentId = t.parent == null ? null : t.parent.id;
            Long newParentId = parent == null ? null : parent.id;
            boolean moved = !Objects.equals(oldParentId, newParentId);
            if (moved && parent != null) {
                // Read the committed tree under the document's lock: a concurrent move cannot slip in between.
                tasks.lockTree(t.document.id);
                if (tasks.isSelfOrAncestor(t.id, parent.id)) {
                    throw new ApiException(ErrorCode.TASK_CYCLE,
                            List.of(new Problem.Violation("parentId", "the task would be nested under itself", "Acyclic")),
                            t.id, parent.id);
                }
            }
            t.parent = parent;
            if (in.position() != null) {
                t.position = in.position();
            } else if (moved) {
                t.position = tasks.nextPosition(t.document.id, newParentId);
            }
            if (in.status() != null) {
                t.status = in.status();
            }
            apply(t, in);
        });
    }

    /** Deletes the task; the database deletes its subtasks and the assignments of all of them. */
    @Transactional
    public void delete(long id, int expectedVersion) {
        writes.delete(find(id), expectedVersion);
    }

    private Task parent(TaskInput in, Document document) {
        if (in.parentId() == null) {
            return null;
        }
        Task parent = tasks.findByIdOptional(in.parentId())
                .orElseThrow(() -> ApiException.invalidReference("Task", in.parentId(), "parentId"));
        if (!parent.document.id.equals(document.id)) {
            throw ApiException.rule("parentId", "the parent task belongs to another document");
        }
        return parent;
    }

    private void apply(Task t, TaskInput in) {
        if ((in.recurrenceFrom() == null) != (in.recurrenceTo() == null)) {
            throw ApiException.rule(in.recurrenceFrom() == null ? "recurrenceFrom" : "recurrenceTo",
                    "a yearly recurrence needs both recurrenceFrom and recurrenceTo");
        }
        RecurrenceCalendar calendar = in.recurrenceCalendar() == null ? RecurrenceCalendar.SOLAR : in.recurrenceCalendar();
        if (calendar == RecurrenceCalendar.LUNAR) {
            requireLunarDay("recurrenceFrom", in.recurrenceFrom());
            requireLunarDay("recurrenceTo", in.recurrenceTo());
        }
        t.number = Text.clean(in.number());
        t.title = Text.clean(in.title());
        t.description = Text.clean(in.description());
        t.scope = Text.clean(in.scope());
        t.recurrenceFrom = in.recurrenceFrom();
        t.recurrenceTo = in.recurrenceTo();
        t.recurrenceCalendar = calendar;
        t.dueOn = in.dueOn();
    }

    /** A lunar month has 29 or 30 days: --01-31 is a solar day only. */
    private static void requireLunarDay(String field, MonthDay day) {
        if (day != null && day.getDayOfMonth() > 30) {
            throw ApiException.rule(field, "a lunar month has at most 30 days");
        }
    }
}
