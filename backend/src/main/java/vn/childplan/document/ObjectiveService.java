package vn.childplan.document;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Map;
import vn.childplan.common.ApiException;
import vn.childplan.common.Filter;
import vn.childplan.common.Page;
import vn.childplan.common.PageParams;
import vn.childplan.common.Text;
import vn.childplan.audit.AuditedWrites;
import vn.childplan.security.Caller;
import vn.childplan.document.ObjectiveDtos.ObjectiveDto;
import vn.childplan.document.ObjectiveDtos.ObjectiveInput;

@ApplicationScoped
public class ObjectiveService {
    private final ObjectiveRepository objectives;
    private final DocumentService documents;
    private final Caller caller;
    private final AuditedWrites.Kind<Objective, ObjectiveDto> writes;

    public ObjectiveService(ObjectiveRepository objectives, DocumentService documents, Caller caller,
            AuditedWrites audited) {
        this.objectives = objectives;
        this.documents = documents;
        this.caller = caller;
        this.writes = audited.of("objective", ObjectiveDto::of, o -> o.document.unit,
                o -> caller.requireEdit(o.document.unit));
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
        return writes.create(o);
    }

    @Transactional
    public ObjectiveDto update(long id, int expectedVersion, ObjectiveInput in) {
        return writes.update(find(id), expectedVersion, o -> {
            if (!o.document.id.equals(in.documentId())) {
                throw ApiException.rule("documentId", "an objective cannot move to another document");
            }
            if (o.kind == ObjectiveKind.SPECIFIC && in.kind() != ObjectiveKind.SPECIFIC && objectives.hasTargets(id)) {
                throw ApiException.rule("kind", "the objective has targets, which belong to specific objectives only");
            }
            if (in.position() != null) {
                o.position = in.position();
            }
            apply(o, in);
        });
    }

    @Transactional
    public void delete(long id, int expectedVersion) {
        writes.delete(find(id), expectedVersion);
    }

    private Objective find(long id) {
        return objectives.findByIdOptional(id).orElseThrow(() -> ApiException.notFound("Objective", id));
    }

    private static void apply(Objective o, ObjectiveInput in) {
        o.kind = in.kind();
        o.text = Text.clean(in.text());
    }
}
