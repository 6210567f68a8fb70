package vn.childplan.document;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Map;
import vn.childplan.common.ApiException;
import vn.childplan.common.Filter;
import vn.childplan.common.Page;
import vn.childplan.common.PageParams;
import vn.childplan.common.Text;
import vn.childplan.common.Versions;
import vn.childplan.audit.AuditService;
import vn.childplan.security.Caller;
import vn.childplan.document.ObjectiveDtos.ObjectiveDto;
import vn.childplan.document.ObjectiveDtos.ObjectiveInput;

@ApplicationScoped
public class ObjectiveService {
    private final ObjectiveRepository objectives;
    private final DocumentService documents;
    private final Caller caller;
    private final AuditService audit;

    public ObjectiveService(ObjectiveRepository objectives, DocumentService documents, Caller caller, AuditService audit) {
        this.objectives = objectives;
        this.documents = documents;
        this.caller = caller;
        this.audit = audit;
    }

    public Page<ObjectiveDto> list(Long documentId, ObjectiveKind kind, PageParams page) {
        Filter f = new Filter().and("document.id = :doc", "doc", documentId).and("kind = :kind", "kind", kind);
        caller.restrict(f, "document.unit");
        return Page.of(objectives.find(f.query(), page.toSort(Map.of("position", "position", "kind", "kind", "id", "id"), "position"),
                f.params()), page, ObjectiveDto::of);
    }

    public ObjectiveDto get(long id) {
        Objective o = find(id);
        caller.requireRead(o.document.unit, "Objective", id);
        return ObjectiveDto.of(o);
    }

    @Transactional
    public ObjectiveDto create(ObjectiveInput in) {
        Objective o = new Objective();
        o.document = documents.editableReference(in.documentId(), "documentId");
        o.position = in.position() != null ? in.position() : objectives.nextPosition(in.documentId());
        apply(o, in);
        objectives.persistAndFlush(o);
        ObjectiveDto after = ObjectiveDto.of(o);
        audit.record("objective", o.id, o.document.unit, null, after);
        return after;
    }

    @Transactional
    public ObjectiveDto update(long id, int expectedVersion, ObjectiveInput in) {
        Objective o = find(id);
        caller.requireEdit(o.document.unit);
        Versions.check(expectedVersion, o.version);
        if (!o.document.id.equals(in.documentId())) {
            throw ApiException.rule("documentId", "an objective cannot move to another document");
        }
        if (o.kind == ObjectiveKind.SPECIFIC && in.kind() != ObjectiveKind.SPECIFIC && objectives.hasTargets(id)) {
            throw ApiException.rule("kind", "the objective has targets, which belong to specific objectives only");
        }
        ObjectiveDto before = ObjectiveDto.of(o);
        if (in.position() != null) {
            o.position = in.position();
        }
        apply(o, in);
        objectives.flush();
        ObjectiveDto after = ObjectiveDto.of(o);
        audit.record("objective", o.id, o.document.unit, before, after);
        return after;
    }

    @Transactional
    public void delete(long id, int expectedVersion) {
        Objective o = find(id);
        caller.requireEdit(o.document.unit);
        Versions.check(expectedVersion, o.version);
        ObjectiveDto before = ObjectiveDto.of(o);
        objectives.delete(o);
        objectives.flush();
        audit.record("objective", id, o.document.unit, before, null);
    }

    private Objective find(long id) {
        return objectives.findByIdOptional(id).orElseThrow(() -> ApiException.notFound("Objective", id));
    }

    private static void apply(Objective o, ObjectiveInput in) {
        o.kind = in.kind();
        o.text = Text.clean(in.text());
    }
}
