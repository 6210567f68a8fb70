package vn.childplan.planimport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiPredicate;
import java.util.function.LongFunction;

/**
 * Scores an importer draft against a hand annotation (src/test/resources/planimport/*.expected.json): precision and
 * recall of targets, tasks and assignments under a one-to-one matching, metadata field by field. Prints the figures,
 * and every missed and every invented item, so a miss can be read without a debugger.
 */
final class DraftScore {
    static final double REQUIRED = 0.95;

    /** The figures of one scoring: {precision, recall} per kind, and the metadata that differs. */
    record Result(String plan, double[] targets, double[] tasks, double[] assignments, List<String> metadata) {
        void assertMeetsTheBar() {
            assertEquals(List.of(), metadata, plan + " metadata");
            for (double figure : new double[] { targets[0], targets[1], tasks[0], tasks[1], assignments[0], assignments[1] }) {
                assertTrue(figure >= REQUIRED, plan + ": a figure below " + REQUIRED);
            }
        }
    }

    private final LongFunction<String> indicatorCode;

    /** {@code indicatorCode} names a linked indicator by its code; null when the draft links none. */
    DraftScore(LongFunction<String> indicatorCode) {
        this.indicatorCode = indicatorCode;
    }

    Result score(String plan, JsonNode draft, JsonNode expected) {
        List<JsonNode> tasks = new ArrayList<>();
        flatten(draft.get("tasks"), tasks);
        List<String> misses = new ArrayList<>();
        double[] t = precisionRecall("target", list(draft.get("targets")), list(expected.get("targets")), this::sameTarget,
                misses);
        double[] k = precisionRecall("task", tasks, list(expected.get("tasks")), (a, e) -> a.get("number").asText().equals(
                e.get("number").asText()) && Folding.similarity(a.get("title").asText(), e.get("title").asText()) >= 0.4,
                misses);
        double[] a = precisionRecall("assignment", list(draft.get("assignments")), list(expected.get("assignments")),
                DraftScore::sameAssignment, misses);
        List<String> metadata = metadataDifferences(draft, expected);
        System.out.printf(Locale.ROOT, "%s: targets P=%.2f R=%.2f (%d found, %d annotated); tasks P=%.2f R=%.2f (%d, %d); "
                + "assignments P=%.2f R=%.2f (%d, %d); metadata %s%n", plan, t[0], t[1], draft.get("targets").size(),
                expected.get("targets").size(), k[0], k[1], tasks.size(), expected.get("tasks").size(), a[0], a[1],
                draft.get("assignments").size(), expected.get("assignments").size(),
                metadata.isEmpty() ? "all equal" : metadata);
        misses.forEach(m -> System.out.println("  " + plan + ": " + m));
        return new Result(plan, t, k, a, metadata);
    }

    private List<String> metadataDifferences(JsonNode draft, JsonNode expected) {
        List<String> out = new ArrayList<>();
        JsonNode d = draft.get("document");
        JsonNode e = expected.get("document");
        for (String field : List.of("number", "kind", "issuedOn", "issuer", "field")) {
            if (!d.get(field).equals(e.get(field))) {
                out.add(field + ": " + d.get(field) + " ≠ " + e.get(field));
            }
        }
        for (String[] f : new String[][] { { "signer", "name" }, { "signer", "title" }, { "period", "from" }, { "period", "to" } }) {
            JsonNode got = d.get(f[0]).isNull() ? d.get(f[0]) : d.get(f[0]).get(f[1]);
            JsonNode want = e.get(f[0]).isNull() ? e.get(f[0]) : e.get(f[0]).get(f[1]);
            if (!got.equals(want)) {
                out.add(f[0] + "." + f[1] + ": " + got + " ≠ " + want);
            }
        }
        List<String> implemented = new ArrayList<>();
        draft.get("implements").forEach(i -> implemented.add(i.get("number").asText() + " " + i.get("date").asText()
                + " " + i.get("issuer").asText()));
        List<String> annotated = new ArrayList<>();
        expected.get("implements").forEach(i -> annotated.add(i.get("number").asText() + " " + i.get("date").asText()
                + " " + i.get("issuer").asText()));
        if (!implemented.equals(annotated)) {
            out.add("implements: " + implemented + " ≠ " + annotated);
        }
        if (draft.get("references").size() != expected.get("references").size()) {
            List<String> numbers = new ArrayList<>();
            draft.get("references").forEach(r -> numbers.add(r.get("number").asText()));
            out.add("references: " + numbers);
        }
        JsonNode r = draft.get("reporting");
        JsonNode er = expected.get("reporting");
        if (!r.get("periods").equals(er.get("periods"))) {
            out.add("reporting.periods: " + r.get("periods"));
        }
        List<String> deadlines = new ArrayList<>();
        r.get("deadlines").forEach(x -> deadlines.add(x.get("periodType").asText() + " " + x.get("day") + "/" + x.get("month")));
        List<String> annotatedDeadlines = new ArrayList<>();
        er.get("deadlines").forEach(x -> annotatedDeadlines.add(x.get("periodType").asText() + " " + x.get("day") + "/" + x.get("month")));
        if (!deadlines.equals(annotatedDeadlines)) {
            out.add("reporting.deadlines: " + deadlines);
        }
        for (String field : List.of("to", "via")) {
            if (r.get(field).isNull() != er.get(field).isNull() || (!r.get(field).isNull()
                    && !Agencies.key(r.get(field).asText()).equals(Agencies.key(er.get(field).asText())))) {
                out.add("reporting." + field + ": " + r.get(field) + " ≠ " + er.get(field));
            }
        }
        for (String list : List.of("funding", "purposes", "requirements")) {
            if (draft.get(list).size() != expected.get(list).asInt()) {
                out.add(list + ": " + draft.get(list).size() + " items, not " + expected.get(list).asInt());
            }
        }
        for (String list : List.of("recurringEvents", "externalSystems")) {
            List<String> got = new ArrayList<>();
            draft.get(list).forEach(x -> got.add(Folding.fold(x.get("text").asText())));
            List<String> want = new ArrayList<>();
            expected.get(list).forEach(x -> want.add(Folding.fold(x.asText())));
            if (!got.equals(want)) {
                out.add(list + ": " + got + " ≠ " + want);
            }
        }
        return out;
    }

    private boolean sameTarget(JsonNode got, JsonNode want) {
        boolean indicator = want.has("indicatorCode") && got.get("indicatorId").isNumber() && indicatorCode != null
                ? indicatorCode.apply(got.get("indicatorId").asLong()).equals(want.get("indicatorCode").asText())
                : Folding.similarity(got.get("indicator").asText(), want.get("indicator").asText()) >= 0.5;
        return indicator && got.get("comparator").equals(want.get("comparator"))
                && got.get("value").decimalValue().compareTo(want.get("value").decimalValue()) == 0
                && got.get("unit").equals(want.get("unit")) && got.get("year").equals(want.get("year"))
                && got.get("breakdown").equals(want.get("breakdown"));
    }

    private static boolean sameAssignment(JsonNode got, JsonNode want) {
        String a = got.get("agency").asText();
        String b = want.get("agency").asText();
        boolean agency = Agencies.key(a).equals(Agencies.key(b)) || Agencies.match(a, b, null) >= 0.9;
        return agency && got.get("role").equals(want.get("role")) && got.get("taskNumber").equals(want.get("taskNumber"))
                && got.get("consolidates").equals(want.get("consolidates"));
    }

    private static List<JsonNode> list(JsonNode array) {
        List<JsonNode> out = new ArrayList<>();
        array.forEach(out::add);
        return out;
    }

    private static void flatten(JsonNode tasks, List<JsonNode> into) {
        tasks.forEach(t -> {
            into.add(t);
            flatten(t.get("children"), into);
        });
    }

    /**
     * Precision and recall under a one-to-one matching (each annotated item matches at most one found item); the
     * found items left unmatched are noted as invented, the annotated ones as missed.
     */
    private static double[] precisionRecall(String kind, List<JsonNode> found, List<JsonNode> annotated,
            BiPredicate<JsonNode, JsonNode> same, List<String> misses) {
        List<JsonNode> left = new ArrayList<>(annotated);
        int matched = 0;
        for (JsonNode f : found) {
            JsonNode hit = null;
            for (JsonNode a : left) {
                if (same.test(f, a)) {
                    hit = a;
                    break;
                }
            }
            if (hit != null) {
                left.remove(hit);
                matched++;
            } else {
                misses.add("invented " + kind + " " + brief(f));
            }
        }
        left.forEach(a -> misses.add("missed " + kind + " " + brief(a)));
        double precision = found.isEmpty() ? (annotated.isEmpty() ? 1 : 0) : (double) matched / found.size();
        double recall = annotated.isEmpty() ? (found.isEmpty() ? 1 : 0) : (double) matched / annotated.size();
        return new double[] { precision, recall };
    }

    private static String brief(JsonNode item) {
        com.fasterxml.jackson.databind.node.ObjectNode copy = item.deepCopy();
        copy.remove(List.of("source", "confidence", "children", "text", "indicatorId", "agencyId", "scope"));
        return copy.toString();
    }
}
