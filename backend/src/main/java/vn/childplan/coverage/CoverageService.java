package vn.childplan.coverage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import vn.childplan.coverage.CoverageDtos.CoverageItem;
import vn.childplan.coverage.CoverageDtos.PlanCoverage;
import vn.childplan.coverage.CoverageRule.Bar;
import vn.childplan.document.Document;
import vn.childplan.document.DocumentDtos.DocumentRef;
import vn.childplan.document.DocumentService;
import vn.childplan.indicator.Target;
import vn.childplan.indicator.TargetDtos.TargetDto;
import vn.childplan.indicator.TargetRepository;
import vn.childplan.period.Breakdown;
import vn.childplan.security.Caller;

/**
 * Coverage of a plan against its parents, the documents it implements ("Thực hiện …", document_link): a decision
 * approving a national programme holds that programme's targets, a province plan those a city plan carries out.
 * Every implemented document the caller may read is a parent; one it may not read is only reported as hidden, so
 * neither its targets nor its name reach the answer. Three statements whatever the plans' size: the plan, its
 * parents, and the targets of the plan and its readable parents together.
 */
@ApplicationScoped
public class CoverageService {
    private static final Comparator<Document> OLDEST_FIRST = Comparator
            .comparing((Document d) -> d.issuedOn, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(d -> d.id);

    private final DocumentService documents;
    private final TargetRepository targets;
    private final Caller caller;

    public CoverageService(DocumentService documents, TargetRepository targets, Caller caller) {
        this.documents = documents;
        this.targets = targets;
        this.caller = caller;
    }

    /** The target's indicator and breakdown: what makes two targets counterparts. */
    private record Key(long indicatorId, Breakdown breakdown) {
        static Key of(Target t) {
            return new Key(t.indicator.id, t.breakdown);
        }
    }

    @Transactional
    public PlanCoverage coverage(long documentId) {
        Document plan = documents.find(documentId);
        List<Document> all = plan.implementsDocuments.stream().sorted(OLDEST_FIRST).toList();
        List<Document> parents = all.stream().filter(p -> caller.canReadUnit(p.unit == null ? null : p.unit.id))
                .toList();
        List<Long> ids = new ArrayList<>(parents.stream().map(p -> p.id).toList());
        ids.add(documentId);
        Map<Long, List<Target>> byDocument = targets
                .list("from Target t join fetch t.indicator join fetch t.objective o where o.document.id in ?1"
                        + " order by t.id", ids)
                .stream().collect(Collectors.groupingBy(t -> t.objective.document.id));
        List<Target> own = byDocument.getOrDefault(documentId, List.of());
        Map<Key, List<Target>> counterparts = own.stream().collect(Collectors.groupingBy(Key::of));

        List<CoverageItem> missing = new ArrayList<>();
        List<CoverageItem> weaker = new ArrayList<>();
        List<CoverageItem> matched = new ArrayList<>();
        List<Target> parentTargets = parents.stream().flatMap(p -> byDocument.getOrDefault(p.id, List.of()).stream())
                .toList();
        for (Target wanted : parentTargets) {
            List<Target> candidates = counterparts.getOrDefault(Key.of(wanted), List.of());
            if (candidates.isEmpty()) {
                missing.add(new CoverageItem(TargetDto.of(wanted), null, CoverageReason.NO_COUNTERPART));
                continue;
            }
            Target best = candidates.stream().min(preference(wanted)).orElseThrow();
            CoverageReason reason = judge(wanted, best);
            (CoverageRule.holds(reason) ? matched : weaker).add(new CoverageItem(TargetDto.of(wanted),
                    TargetDto.of(best), reason));
        }
        Set<Key> parentKeys = parentTargets.stream().map(Key::of).collect(Collectors.toSet());
        List<CoverageItem> additional = parents.isEmpty() ? List.of() : own.stream()
                .filter(t -> !parentKeys.contains(Key.of(t)))
                .map(t -> new CoverageItem(null, TargetDto.of(t), CoverageReason.NOT_IN_PARENT)).toList();
        return new PlanCoverage(documentId, parents.stream().map(DocumentRef::of).toList(),
                parents.size() < all.size(), parentTargets.size(), missing, weaker, matched, additional);
    }

    /**
     * Of several targets of the plan on the parent's indicator and breakdown (a 2025 and a 2030 target), the one that
     * holds the parent's bar, then the one whose year is nearest the parent's (earlier before later), then the first.
     */
    private static Comparator<Target> preference(Target wanted) {
        return Comparator.comparing((Target t) -> !CoverageRule.holds(judge(wanted, t)))
                .thenComparingInt(t -> Math.abs(t.targetYear - wanted.targetYear))
                .thenComparingInt(t -> t.targetYear)
                .thenComparing(t -> t.id);
    }

    private static CoverageReason judge(Target parent, Target child) {
        return CoverageRule.judge(bar(parent), bar(child), parent.indicator.direction);
    }

    private static Bar bar(Target t) {
        return new Bar(t.comparator, t.value, t.unit, t.targetYear);
    }
}
