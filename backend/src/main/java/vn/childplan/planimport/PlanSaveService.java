package vn.childplan.planimport;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import vn.childplan.common.ApiException;
import vn.childplan.common.ConstraintAnswers;
import vn.childplan.common.ErrorCode;
import vn.childplan.common.Problem;
import vn.childplan.common.Text;
import vn.childplan.document.DocumentDtos.DocumentDto;
import vn.childplan.document.DocumentDtos.DocumentInput;
import vn.childplan.document.DocumentService;
import vn.childplan.document.DocumentStatus;
import vn.childplan.document.ObjectiveDtos.ObjectiveInput;
import vn.childplan.document.ObjectiveService;
import vn.childplan.indicator.IndicatorDtos.IndicatorInput;
import vn.childplan.indicator.IndicatorService;
import vn.childplan.indicator.TargetDtos.TargetInput;
import vn.childplan.indicator.TargetService;
import vn.childplan.orgunit.AgencyDtos.AgencyInput;
import vn.childplan.orgunit.AgencyService;
import vn.childplan.planimport.PlanImportDtos.TextItem;
import vn.childplan.planimport.PlanSaveDtos.NewAgency;
import vn.childplan.planimport.PlanSaveDtos.ReviewedAssignment;
import vn.childplan.planimport.PlanSaveDtos.ReviewedCitation;
import vn.childplan.planimport.PlanSaveDtos.ReviewedDocument;
import vn.childplan.planimport.PlanSaveDtos.ReviewedObjective;
import vn.childplan.planimport.PlanSaveDtos.ReviewedPlan;
import vn.childplan.planimport.PlanSaveDtos.ReviewedTarget;
import vn.childplan.planimport.PlanSaveDtos.ReviewedTask;
import vn.childplan.security.Caller;
import vn.childplan.task.AssignmentDtos.AssignmentInput;
import vn.childplan.task.AssignmentService;
import vn.childplan.task.TaskDtos.TaskInput;
import vn.childplan.task.TaskService;

/**
 * Saves a reviewed draft as a DRAFT plan through the ordinary services — the plan, its objectives and targets, its
 * task tree and assignments, and the agencies and indicators the planner chose to create — so every record gets the
 * same checks, access rules and audit entries as when typed in, in this one transaction. Each item's input is
 * checked by its own constraints (those the resources check with {@code @Valid}) and each service's refusal is
 * answered with the path of the item in the draft ({@code assignments[3].role}): 422 DRAFT_REJECTED for a mistake in
 * the draft (a broken rule, a duplicate, a second lead), 403 for what the caller may not do; nothing is then saved.
 */
@ApplicationScoped
public class PlanSaveService {
    private static final String DOCUMENT = "document";

    private final DocumentService documents;
    private final ObjectiveService objectives;
    private final TargetService targets;
    private final TaskService tasks;
    private final AssignmentService assignments;
    private final AgencyService agencies;
    private final IndicatorService indicators;
    private final Caller caller;
    private final Validator validator;
    private final Map<String, ApiException> constraints;

    public PlanSaveService(DocumentService documents, ObjectiveService objectives, TargetService targets,
            TaskService tasks, AssignmentService assignments, AgencyService agencies, IndicatorService indicators,
            Caller caller, Validator validator, Instance<ConstraintAnswers> constraints) {
        this.documents = documents;
        this.objectives = objectives;
        this.targets = targets;
        this.tasks = tasks;
        this.assignments = assignments;
        this.agencies = agencies;
        this.indicators = indicators;
        this.caller = caller;
        this.validator = validator;
        this.constraints = ConstraintAnswers.all(constraints);
    }

    @Transactional
    public DocumentDto save(ReviewedPlan plan) {
        Save save = new Save(plan.unitId());
        DocumentDto document = save.document(plan);
        long id = document.id();
        List<ReviewedObjective> aims = list(plan.objectives());
        for (int i = 0; i < aims.size(); i++) {
            save.objective(id, aims.get(i), "objectives[" + i + "]");
        }
        Set<String> numbers = new LinkedHashSet<>();
        numbers(list(plan.tasks()), numbers);
        List<ReviewedTask> roots = list(plan.tasks());
        for (int i = 0; i < roots.size(); i++) {
            save.task(id, null, roots.get(i), "tasks[" + i + "]");
        }
        List<ReviewedAssignment> assigned = list(plan.assignments());
        for (int i = 0; i < assigned.size(); i++) {
            save.assignment(assigned.get(i), "assignments[" + i + "]", numbers);
        }
        if (!save.invalid.isEmpty()) {
            throw rejected(save.invalid);
        }
        return documents.get(id);
    }

    /** The state of one save: the violations found so far, the tasks saved by number, the agencies created by name. */
    private final class Save {
        private final Long unitId;
        private final List<Problem.Violation> invalid = new ArrayList<>();
        private final Map<String, Long> taskIds = new HashMap<>();
        private final Map<String, Long> newAgencies = new HashMap<>();

        Save(Long unitId) {
            this.unitId = unitId;
        }

        DocumentDto document(ReviewedPlan plan) {
            ReviewedDocument d = plan.document();
            Long issuerId = agency(d.issuerId(), d.newIssuer(), "document.issuerId", "document.newIssuer");
            DocumentInput in = new DocumentInput(Text.clean(d.number()), d.kind(), d.title(), issuerId, unitId,
                    d.signer() == null ? null : d.signer().name(), d.signer() == null ? null : d.signer().title(),
                    d.issuedOn(), null, d.field(), d.period() == null ? null : d.period().from(),
                    d.period() == null ? null : d.period().to(), DocumentStatus.DRAFT, joined(plan.purposes()),
                    joined(plan.requirements()), joined(plan.funding()), null,
                    list(plan.implementsDocuments()).stream().map(ReviewedCitation::documentId)
                            .filter(Objects::nonNull).collect(Collectors.toCollection(LinkedHashSet::new)));
            Map<String, String> fields = Map.ofEntries(Map.entry("unitId", "unitId"),
                    Map.entry("signerName", "document.signer.name"), Map.entry("signerTitle", "document.signer.title"),
                    Map.entry("periodFromYear", "document.period.from"),
                    Map.entry("periodToYear", "document.period.to"), Map.entry("purpose", "purposes"),
                    Map.entry("requirements", "requirements"), Map.entry("fundingNote", "funding"),
                    Map.entry("implementsIds", "implements"));
            DocumentDto saved = write(in, f -> fields.getOrDefault(f, DOCUMENT + "." + f), documents::create);
            if (saved == null) {
                // without the plan nothing else can be saved, nor checked against it
                throw rejected(invalid);
            }
            return saved;
        }

        void objective(long documentId, ReviewedObjective o, String path) {
            ObjectiveInput in = new ObjectiveInput(documentId, o.kind(), null, o.text());
            var saved = write(in, field(path, Map.of("documentId", "")), objectives::create);
            List<ReviewedTarget> list = list(o.targets());
            for (int j = 0; saved != null && j < list.size(); j++) {
                target(saved.id(), list.get(j), path + ".targets[" + j + "]", path + ".kind");
            }
        }

        void target(long objectiveId, ReviewedTarget t, String path, String objectiveKind) {
            Long indicatorId = t.indicatorId();
            if (t.newIndicator() != null && either(indicatorId, path + ".indicatorId", "an indicator")) {
                caller.requireCatalogueEdit(path + ".newIndicator");
                var n = t.newIndicator();
                var created = write(new IndicatorInput(n.code(), n.nameVi(), n.nameEn(), n.unit(), n.direction(), null,
                        null, null, null, null, null), field(path + ".newIndicator", Map.of()), indicators::create);
                indicatorId = created == null ? null : created.id();
                if (indicatorId == null) {
                    return;
                }
            }
            TargetInput in = new TargetInput(objectiveId, indicatorId, t.comparator(), t.value(), t.unit(), null, null,
                    t.year(), t.breakdown(), null, null, null, t.text());
            Map<String, String> names = Map.of("targetYear", "year", "subGroup", "breakdown", "sourceText", "text");
            write(in, f -> "objectiveId".equals(f) ? objectiveKind : field(path, names).apply(f), targets::create);
        }

        void task(long documentId, Long parentId, ReviewedTask t, String path) {
            TaskInput in = new TaskInput(documentId, parentId, t.number(), null, t.title(), null, t.scope(), null, null,
                    null, null, null);
            var saved = write(in, field(path, Map.of("documentId", "", "parentId", "")), tasks::create);
            if (saved == null) {
                return;
            }
            taskIds.put(saved.number(), saved.id());
            List<ReviewedTask> children = list(t.children());
            for (int i = 0; i < children.size(); i++) {
                task(documentId, saved.id(), children.get(i), path + ".children[" + i + "]");
            }
        }

        void assignment(ReviewedAssignment a, String path, Set<String> numbers) {
            String number = Text.clean(a.taskNumber());
            Long taskId = taskIds.get(number);
            if (taskId == null) {
                if (!numbers.contains(number)) {
                    invalid.add(new Problem.Violation(path + ".taskNumber", "names no task of the draft",
                            "INVALID_REFERENCE"));
                }
                // a task of the draft that could not be saved has its own violation already
                return;
            }
            Long agencyId = agency(a.agencyId(), a.newAgency(), path + ".agencyId", path + ".newAgency");
            AssignmentInput in = new AssignmentInput(taskId, agencyId, a.role(), null, null, null, null, null);
            write(in, field(path, Map.of("taskId", "taskNumber")), assignments::create);
        }

        /** The agency chosen, or the one created for {@code created}: once per name, however many items name it. */
        private Long agency(Long id, NewAgency created, String idPath, String newPath) {
            if (created == null || !either(id, idPath, "an agency")) {
                return id;
            }
            String key = created.name() == null ? "" : Text.clean(created.name()).toLowerCase(Locale.ROOT);
            Long known = newAgencies.get(key);
            if (known != null) {
                return known;
            }
            AgencyInput in = new AgencyInput(created.code(), created.name(), created.shortName(), created.kind(), unitId,
                    null, null, null);
            var saved = write(in, f -> "unitId".equals(f) ? "unitId" : newPath + "." + f, agencies::create);
            if (saved != null) {
                newAgencies.put(key, saved.id());
            }
            return saved == null ? null : saved.id();
        }

        /** False, with a violation, when both an existing record and a new one are chosen. */
        private boolean either(Long id, String idPath, String what) {
            if (id != null) {
                invalid.add(new Problem.Violation(idPath, "choose " + what + " or a new one, not both", "Either"));
                return false;
            }
            return true;
        }

        /**
         * Writes one item through its service after its input's own constraints hold; null when they do not (the
         * violations are kept and the draft is refused at the end). {@code path} turns the service's field names into
         * paths of the draft.
         */
        private <I, T> T write(I input, UnaryOperator<String> path, Function<I, T> service) {
            Set<ConstraintViolation<I>> broken = validator.validate(input);
            if (!broken.isEmpty()) {
                broken.stream().sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
                        .map(v -> new Problem.Violation(path.apply(v.getPropertyPath().toString()), v.getMessage(),
                                v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName()))
                        .forEach(invalid::add);
                return null;
            }
            try {
                return service.apply(input);
            } catch (ApiException e) {
                throw answer(e, path);
            } catch (RuntimeException e) {
                ApiException known = ConstraintAnswers.answer(constraints, e);
                if (known == null) {
                    throw e;
                }
                throw answer(known, path);
            }
        }

        /** A service's refusal with the draft's paths: 403/404 as they are, any other mistake 422 DRAFT_REJECTED. */
        private ApiException answer(ApiException e, UnaryOperator<String> path) {
            List<Problem.Violation> named = e.violations().stream()
                    .map(v -> new Problem.Violation(path.apply(v.field()), v.message(), v.code())).toList();
            if (e.code().status() == 403 || e.code().status() == 404) {
                // what the caller may not do, not a mistake in the draft
                return named.isEmpty() ? e : new ApiException(e.code(), named);
            }
            List<Problem.Violation> all = new ArrayList<>(invalid);
            all.addAll(named.isEmpty() ? List.of(new Problem.Violation(path.apply(""), e.getMessage(), e.code().name()))
                    : named);
            return rejected(all);
        }
    }

    /** Field names of an input → paths under {@code prefix}; a name mapped to "" is the item itself. */
    private static UnaryOperator<String> field(String prefix, Map<String, String> names) {
        return f -> {
            String name = names.getOrDefault(f, f);
            return name == null || name.isEmpty() ? prefix : prefix + "." + name;
        };
    }

    private static ApiException rejected(List<Problem.Violation> violations) {
        return new ApiException(ErrorCode.DRAFT_REJECTED, List.copyOf(violations), violations.size());
    }

    private static void numbers(List<ReviewedTask> level, Set<String> into) {
        for (ReviewedTask t : level) {
            into.add(Text.clean(t.number()));
            numbers(list(t.children()), into);
        }
    }

    /** Passages of text kept as one field of the plan, a paragraph each. */
    private static String joined(List<TextItem> items) {
        String text = list(items).stream().map(TextItem::text).map(Text::clean).filter(Objects::nonNull)
                .collect(Collectors.joining("\n"));
        return text.isEmpty() ? null : text;
    }

    private static <T> List<T> list(List<T> items) {
        return items == null ? List.of() : items;
    }
}
