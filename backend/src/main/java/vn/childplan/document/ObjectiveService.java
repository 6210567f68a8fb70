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
import vn.childplan.document.ObjectiveDtos.ObjectiveDto;
import vn.childplan.document.ObjectiveDtos.ObjectiveInput;

@ApplicationScoped
public class ObjectiveService {
    private final ObjectiveRepository objectives;
    private final DocumentRepository documents;

    public ObjectiveService(ObjectiveRepository objectives, DocumentRepository documents) {
        this.objectives = objectives;
        this.documents = documents;
    }

    public Page<ObjectiveDto> list(Long documentId, ObjectiveKind kind, PageParams page) {
        Filter f = new Filter().and("document.id = :doc", "doc", documentId).and("kind = :kind", "kind", kind);
        return Page.of(objectives.find(f.query(), page.toSort(Map.of("position", "position", "kind", "kind"), "position"),
                f.params()), page, ObjectiveDto::of);
    }

    public ObjectiveDto get(long id) {
        return ObjectiveDto.of(find(id));
    }

    @Transactional
    public ObjectiveDto create(ObjectiveInput in) {
        Objective o = new Objective();
        o.document = documents.findByIdOptional(in.documentId())
                .orElseThrow(() -> ApiException.invalidReference("Document", in.documentId(), "documentId"));
        o.position = in.position() != null ? in.position()
                : (int) objectives.count("document.id", in.documentId());
        apply(o, in);
        objectives.persistAndFlush(o);
        return ObjectiveDto.of(o);
    }

    @Transactional
    public ObjectiveDto update(long id, int expectedVersion, ObjectiveInput in) {
        Objective o = find(id);
        Versions.check(expectedVersion, o.version);
        if (!o.document.id.equals(in.documentId())) {
            throw ApiException.rule("documentId", "an objective cannot move to another document");
        }
        if (in.position() != null) {
            o.position = in.position();
        }
        apply(o, in);
        objectives.flush();
        return ObjectiveDto.of(o);
    }

    @Transactional
    public void delete(long id, int expectedVersion) {
        Objective o = find(id);
        Versions.check(expectedVersion, o.version);
        objectives.delete(o);
        objectives.flush();
    }

    private Objective find(long id) {
        return objectives.findByIdOptional(id).orElseThrow(() -> ApiException.notFound("Objective", id));
    }

    private static void apply(Objective o, ObjectiveInput in) {
        o.kind = in.kind();
        o.text = Text.clean(in.text());
    }
}
