package vn.childplan.document;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.childplan.common.ApiException;
import vn.childplan.common.Filter;
import vn.childplan.common.Page;
import vn.childplan.common.PageParams;
import vn.childplan.common.Text;
import vn.childplan.document.DocumentDtos.DocumentDto;
import vn.childplan.document.DocumentDtos.DocumentInput;
import vn.childplan.document.DocumentDtos.DocumentSummary;
import vn.childplan.orgunit.AdminUnitRepository;
import vn.childplan.orgunit.AgencyRepository;
import vn.childplan.audit.AuditedWrites;
import vn.childplan.security.Caller;
import vn.childplan.security.Roles;
import vn.childplan.common.ErrorCode;
import vn.childplan.common.Problem;

@ApplicationScoped
public class DocumentService {
    private static final Map<String, String> SORTS = Map.of("issuedOn", "d.issuedOn", "title", "d.title",
            "number", "d.number", "periodFromYear", "d.periodFromYear", "status", "d.status", "kind", "d.kind", "id", "d.id");

    private final DocumentRepository documents;
    private final AgencyRepository agencies;
    private final AdminUnitRepository units;
    private final Caller caller;
    private final AuditedWrites.Kind<Document, DocumentDto> writes;

    public DocumentService(DocumentRepository documents, AgencyRepository agencies, AdminUnitRepository units,
            Caller caller, AuditedWrites audited) {
        this.documents = documents;
        this.agencies = agencies;
        this.units = units;
        this.caller = caller;
        this.writes = audited.of("document", DocumentDto::of, d -> d.unit, d -> caller.requireEdit(d.unit));
    }

    public record ListFilter(DocumentKind kind, DocumentStatus status, Long unitId, Integer year, Long issuerId,
            Long implementsId, String q) {
    }

    public Page<DocumentSummary> list(ListFilter in, PageParams page) {
        Filter f = new Filter()
                .and("d.kind = :kind", "kind", in.kind())
                .and("d.status = :status", "status", in.status())
                .and("d.unit.id = :unit", "unit", in.unitId())
                .and("d.periodFromYear <= :year and d.periodToYear >= :year", "year",
                        in.year() == null ? null : in.year().shortValue())
                .and("d.issuer.id = :issuer", "issuer", in.issuerId())
                .and("exists (select 1 from Document c join c.implementsDocuments p where c = d and p.id = :parent)",
                        "parent", in.implementsId())
                .search("concat(coalesce(d.number, ''), ' ', d.title)", in.q());
        caller.restrict(f, "d.unit");
        var query = documents.find("from Document d where " + f.query(), page.toSort(SORTS, "-issuedOn"), f.params())
                .withHint("jakarta.persistence.fetchgraph", documents.listGraph());
        return Page.of(query, page, DocumentSummary::of);
    }

    public DocumentDto get(long id) {
        return DocumentDto.of(find(id));
    }

    /** The document if the caller may read it; 404 otherwise, whether it exists or not. */
    public Document find(long id) {
        Document d = load(id);
        caller.requireRead(d.unit, "Document", id);
        return d;
    }

    /** 403 unless the caller may edit {@code d}: the very check of the document's own writes. */
    public void requireEdit(Document d) {
        writes.requireEdit(d);
    }

    /**
     * The document a new or moved child record (objective, target, task) will belong to: 422 when the caller
     * cannot see it (as if absent), 403 when they can see but not edit it.
     */
    public Document editableReference(long id, String field) {
        Document d = documents.findByIdOptional(id).filter(x -> caller.canRead(x.unit))
                .orElseThrow(() -> ApiException.invalidReference("Document", id, field));
        caller.requireEdit(d.unit);
        return d;
    }

    private Document load(long id) {
        return documents.findByIdOptional(id).orElseThrow(() -> ApiException.notFound("Document", id));
    }

    /** Documents that implement {@code id} (one level down the cascade) and the caller may read. */
    public List<Document> implementers(long id) {
        Filter f = caller.restrict(new Filter().and("p.id = :parent", "parent", id), "c.unit");
        return documents.list("select c from Document c join c.implementsDocuments p where " + f.query()
                + " order by c.issuedOn nulls last, c.id", f.params());
    }

    @Transactional
    public DocumentDto create(DocumentInput in) {
        Document d = new Document();
        apply(d, in);
        return writes.create(d);
    }

    @Transactional
    public DocumentDto update(long id, int expectedVersion, DocumentInput in) {
        return writes.update(load(id), expectedVersion, d -> {
            if (d.status != DocumentStatus.DRAFT && in.status() == DocumentStatus.DRAFT) {
                throw ApiException.rule("status", "an issued document cannot return to draft");
            }
            if (d.status != DocumentStatus.DRAFT && in.status() != d.status && !caller.is(Roles.ADMIN)) {
                throw new ApiException(ErrorCode.FORBIDDEN, List.of(new Problem.Violation("status",
                        "only an administrator changes the status of an issued document", "Role")));
            }
            apply(d, in);
        });
    }

    /** Only drafts are deleted; an issued text is kept and marked SUPERSEDED or EXPIRED instead. */
    @Transactional
    public void delete(long id, int expectedVersion) {
        writes.delete(load(id), expectedVersion, d -> {
            if (d.status != DocumentStatus.DRAFT) {
                throw ApiException.rule("status",
                        "only a draft can be deleted; mark an issued document SUPERSEDED or EXPIRED");
            }
        });
    }

    private void apply(Document d, DocumentInput in) {
        String number = Text.clean(in.number());
        if (in.status() != DocumentStatus.DRAFT && number == null) {
            throw ApiException.rule("number", "a document that is not a draft needs its number");
        }
        if (in.status() != DocumentStatus.DRAFT && in.issuedOn() == null) {
            throw ApiException.rule("issuedOn", "a document that is not a draft needs its issue date");
        }
        if (in.periodToYear() < in.periodFromYear()) {
            throw ApiException.rule("periodToYear", "must not be before periodFromYear");
        }
        if (in.effectiveOn() != null && in.issuedOn() != null && in.effectiveOn().isBefore(in.issuedOn())) {
            throw ApiException.rule("effectiveOn", "must not be before issuedOn");
        }
        Set<Long> parents = in.implementsIds() == null ? Set.of() : in.implementsIds();
        if (d.id != null && parents.contains(d.id)) {
            throw ApiException.rule("implementsIds", "a document cannot implement itself");
        }
        d.number = number;
        d.kind = in.kind();
        d.title = Text.clean(in.title());
        d.unit = in.unitId() == null ? null
                : units.findByIdOptional(in.unitId())
                        .orElseThrow(() -> ApiException.invalidReference("Administrative unit", in.unitId(), "unitId"));
        caller.requireEdit(d.unit);
        d.issuer = agencies.findByIdOptional(in.issuerId()).filter(a -> caller.canRead(a.unit))
                .orElseThrow(() -> ApiException.invalidReference("Agency", in.issuerId(), "issuerId"));
        d.signerName = Text.clean(in.signerName());
        d.signerTitle = Text.clean(in.signerTitle());
        d.issuedOn = in.issuedOn();
        d.effectiveOn = in.effectiveOn();
        d.field = Text.clean(in.field());
        d.periodFromYear = in.periodFromYear().shortValue();
        d.periodToYear = in.periodToYear().shortValue();
        d.status = in.status();
        d.purpose = Text.clean(in.purpose());
        d.requirements = Text.clean(in.requirements());
        d.fundingNote = Text.clean(in.fundingNote());
        d.funding.clear();
        if (in.funding() != null) {
            in.funding().forEach(f -> d.funding.add(new Funding(f.source(), f.plannedAmount())));
        }
        d.implementsDocuments.removeIf(p -> !parents.contains(p.id));
        for (Long parentId : parents) {
            if (d.implementsDocuments.stream().noneMatch(p -> p.id.equals(parentId))) {
                d.implementsDocuments.add(documents.findByIdOptional(parentId).filter(p -> caller.canRead(p.unit))
                        .orElseThrow(() -> ApiException.invalidReference("Document", parentId, "implementsIds")));
            }
        }
    }
}
