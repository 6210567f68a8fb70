package vn.childplan.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import io.quarkus.panache.common.Sort;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.childplan.audit.AuditDtos.AuditEntryDto;
import vn.childplan.common.Filter;
import vn.childplan.common.Page;
import vn.childplan.common.PageParams;
import vn.childplan.security.Caller;
import vn.childplan.security.GoverningUnit;
import vn.childplan.security.Roles;
import vn.childplan.security.ScopedReferences;

/**
 * Records every write with who, when, what and the record before and after. Services call {@link #record} inside
 * their own transaction ({@code MANDATORY}), so the audit row commits or rolls back with the change.
 */
@ApplicationScoped
public class AuditService {
    private static final Map<String, String> SORTS = Map.of("occurredAt", "occurredAt", "id", "id");

    private final AuditRepository entries;
    private final Caller caller;
    private final ObjectMapper json;
    private final Instance<AuditedFigures> figures;

    public AuditService(AuditRepository entries, Caller caller, ObjectMapper json, Instance<AuditedFigures> figures) {
        this.entries = entries;
        this.caller = caller;
        this.json = json;
        this.figures = figures;
    }

    /** {@code before} is null for a creation, {@code after} null for a deletion; both are response DTOs. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String entity, long id, GoverningUnit unit, Object before, Object after) {
        entries.persist(entry(entity, id, unit, before, after));
    }

    /**
     * The one entry of a bulk write (an import) done by set-based SQL: {@code after} describes it (counts,
     * checksum); flushed at once, so what the write keeps beside it (the values it replaced) can refer to its id.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public long recordBulk(String entity, long id, GoverningUnit unit, Object after) {
        AuditEntry e = entry(entity, id, unit, null, after);
        entries.persist(e);
        entries.flush();
        return e.id;
    }

    /** Who (the caller), when (now), what and the states before and after. */
    private AuditEntry entry(String entity, long id, GoverningUnit unit, Object before, Object after) {
        AuditEntry e = new AuditEntry();
        e.occurredAt = Instant.now();
        e.subject = caller.subject();
        e.userName = caller.name();
        e.clientId = caller.client();
        e.entity = entity;
        e.entityId = id;
        e.action = before == null ? AuditAction.CREATE : after == null ? AuditAction.DELETE : AuditAction.UPDATE;
        e.unitCode = unit == null ? null : unit.code();
        e.before = write(before);
        e.after = write(after);
        return e;
    }

    public Page<AuditEntryDto> list(String entity, Long entityId, String subject, Instant from, Instant to,
            PageParams page) {
        Filter f = new Filter()
                .and("entity = :entity", "entity", entity)
                .and("entityId = :entityId", "entityId", entityId)
                .and("subject = :subject", "subject", subject)
                .and("occurredAt >= :from", "from", from)
                .and("occurredAt < :to", "to", to);
        if (!caller.is(Roles.ADMIN)) {
            // planners read the history of their own scope only
            f.and("unitCode in :scope", "scope", caller.unitCodes());
        }
        return Page.ofAll(entries.find(f.query(), page.toSort(SORTS, "-occurredAt"), f.params()), page, this::toDtos);
    }

    /** One write of a record as its history shows it: when, by whom, and the record after it. */
    public record Change(Instant at, String by, JsonNode after) {
    }

    /**
     * The creation and each update of one record that changed at least one of {@code fields}, newest first: the
     * history of a record's own fields (an assignment's status) derived from the one record of every write. Unlike
     * {@link #list} it checks no scope: the record's service has checked that the caller may read the record, and
     * passes on only the fields it names.
     */
    public List<Change> changes(String entity, long entityId, Set<String> fields) {
        return entries.find("entity = ?1 and entityId = ?2 and action <> ?3", Sort.descending("occurredAt", "id"),
                entity, entityId, AuditAction.DELETE).stream()
                .filter(e -> e.action == AuditAction.CREATE || changed(read(e.before), read(e.after), fields))
                .map(e -> new Change(e.occurredAt, e.userName != null ? e.userName : e.subject, read(e.after)))
                .toList();
    }

    private static boolean changed(JsonNode before, JsonNode after, Set<String> fields) {
        return fields.stream().anyMatch(f -> !before.path(f).equals(after.path(f)));
    }

    /**
     * A page of entries as the caller may read them: references out of scope left out ({@link #visible}), and the
     * figures the caller may not see withheld by the features that hold them ({@link AuditedFigures}).
     */
    private List<AuditEntryDto> toDtos(List<AuditEntry> page) {
        List<AuditEntryDto> out = page.stream().map(e -> new AuditEntryDto(e.id, e.occurredAt, e.subject, e.userName,
                e.clientId, e.entity, e.entityId, e.action, e.unitCode, visible(read(e.before)),
                visible(read(e.after)))).toList();
        Map<String, List<ObjectNode>> byEntity = new HashMap<>();
        for (AuditEntryDto e : out) {
            for (JsonNode snapshot : new JsonNode[] { e.before(), e.after() }) {
                if (snapshot instanceof ObjectNode o) {
                    byEntity.computeIfAbsent(e.entity(), k -> new ArrayList<>()).add(o);
                }
            }
        }
        byEntity.forEach((entity, snapshots) -> figures.forEach(f -> f.withhold(entity, snapshots)));
        return out;
    }

    private String write(Object state) {
        try {
            // complete, each reference marked with its unit, so a reader sees what their scope allows
            return state == null ? null : json.writer().withAttribute(ScopedReferences.FOR_AUDIT, true)
                    .writeValueAsString(state);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise audit state", e);
        }
    }

    /** A snapshot's references pass the rule of answers ({@link ScopedReferences}): those out of scope left out. */
    private JsonNode visible(JsonNode snapshot) {
        return snapshot == null ? null : ScopedReferences.visible(snapshot, caller::canReadUnit);
    }

    private JsonNode read(String state) {
        try {
            return state == null ? null : json.readTree(state);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("audit row holds invalid JSON", e);
        }
    }
}
