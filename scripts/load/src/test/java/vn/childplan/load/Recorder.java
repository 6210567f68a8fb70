package vn.childplan.load;

import io.gatling.javaapi.core.Session;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Every request's response time and outcome, per endpoint, and every submission the API acknowledged. Gatling's own
 * report has the percentiles per request too, but neither the problem's {@code code} of an error nor the API's
 * figures without the identity provider's: this writes them (summary.txt, summary.json, submitted.txt).
 */
final class Recorder {
    /** Names of requests to the identity provider start with this: they are kept out of the API's figures. */
    static final String IDP = "keycloak: ";
    private static final Pattern CODE = Pattern.compile("\"code\"\\s*:\\s*\"([A-Z_]+)\"");

    private static final Map<String, Timings> TIMINGS = new ConcurrentHashMap<>();
    private static final Map<String, AtomicLong> ERRORS = new ConcurrentHashMap<>();
    private static final ConcurrentLinkedQueue<Long> SUBMITTED = new ConcurrentLinkedQueue<>();
    private static final AtomicLong FIRST = new AtomicLong(Long.MAX_VALUE);
    private static final AtomicLong LAST = new AtomicLong();

    private Recorder() {
    }

    /** The request just made: its status, time and body are the session's "st", "rt" and "body" (see Api.call). */
    static void record(String name, Session s, Set<Integer> ok) {
        long now = System.currentTimeMillis();
        FIRST.accumulateAndGet(now, Math::min);
        LAST.accumulateAndGet(now, Math::max);
        int status = s.contains("st") ? s.getInt("st") : 0;
        int millis = s.contains("rt") ? s.getInt("rt") : -1;
        TIMINGS.computeIfAbsent(name, k -> new Timings()).add(millis, ok.contains(status));
        if (!ok.contains(status)) {
            String body = s.contains("body") ? s.getString("body") : null;
            Matcher m = body == null ? null : CODE.matcher(body);
            String code = m != null && m.find() ? m.group(1) : status == 0 ? "no response" : "-";
            ERRORS.computeIfAbsent(name + " → " + status + " " + code, k -> new AtomicLong()).incrementAndGet();
        }
    }

    /** A problem that is no single request's status: a job that did not succeed, a report never found again. */
    static void error(String what) {
        ERRORS.computeIfAbsent(what, k -> new AtomicLong()).incrementAndGet();
    }

    static void submitted(long reportId) {
        SUBMITTED.add(reportId);
    }

    /** Writes the summary into {@code dir} and returns it as text. */
    static String write(Path dir, Map<String, Object> run) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("submitted.txt"),
                SUBMITTED.stream().map(String::valueOf).collect(Collectors.joining("\n", "", "\n")));
        double seconds = Math.max(1, (LAST.get() - FIRST.get()) / 1000.0);
        List<Row> rows = new ArrayList<>();
        Timings api = new Timings();
        Timings idp = new Timings();
        TIMINGS.forEach((name, t) -> {
            rows.add(t.row(name, seconds));
            (name.startsWith(IDP) ? idp : api).addAll(t);
        });
        rows.sort(Comparator.comparingLong(Row::p95).thenComparingLong(Row::p99).reversed());
        Row apiRow = api.row("API (all endpoints)", seconds);
        Row idpRow = idp.row("identity provider (all)", seconds);
        long errors = ERRORS.values().stream().mapToLong(AtomicLong::get).sum();

        StringBuilder text = new StringBuilder();
        run.forEach((k, v) -> text.append(String.format(Locale.ROOT, "%-22s %s%n", k, v)));
        text.append(String.format(Locale.ROOT, "%n%-58s %8s %6s %7s %6s %6s %6s %6s%n", "endpoint (slowest p95 first)",
                "requests", "errors", "req/s", "p50", "p95", "p99", "max"));
        for (Row r : rows) {
            text.append(r.line());
        }
        text.append('\n').append(apiRow.line()).append(idpRow.line());
        text.append(String.format(Locale.ROOT, "%nerrors: %d%n", errors));
        new TreeMap<>(ERRORS).forEach((k, v) -> text.append("  ").append(v.get()).append("  ").append(k).append('\n'));
        text.append(String.format(Locale.ROOT, "acknowledged submissions: %d%n", SUBMITTED.size()));
        Files.writeString(dir.resolve("summary.txt"), text.toString());

        StringBuilder json = new StringBuilder("{\n  \"run\": {");
        json.append(run.entrySet().stream().map(e -> quote(e.getKey()) + ": " + value(e.getValue()))
                .collect(Collectors.joining(", ")));
        json.append("},\n  \"api\": ").append(apiRow.json()).append(",\n  \"identityProvider\": ").append(idpRow.json());
        json.append(",\n  \"endpoints\": [\n    ")
                .append(rows.stream().map(Row::json).collect(Collectors.joining(",\n    "))).append("\n  ]");
        json.append(",\n  \"errors\": {").append(new TreeMap<>(ERRORS).entrySet().stream()
                .map(e -> quote(e.getKey()) + ": " + e.getValue().get()).collect(Collectors.joining(", ")));
        json.append("},\n  \"errorCount\": ").append(errors);
        json.append(",\n  \"acknowledgedSubmissions\": ").append(SUBMITTED.size()).append("\n}\n");
        Files.writeString(dir.resolve("summary.json"), json.toString());
        return text.toString();
    }

    private static String quote(String s) {
        return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    private static String value(Object v) {
        return v instanceof Number ? v.toString() : quote(String.valueOf(v));
    }

    record Row(String name, int count, long errors, double perSecond, long p50, long p95, long p99, long max) {
        String line() {
            return String.format(Locale.ROOT, "%-58s %8d %6d %7.1f %6d %6d %6d %6d%n", name, count, errors, perSecond,
                    p50, p95, p99, max);
        }

        String json() {
            return String.format(Locale.ROOT, "{\"name\": %s, \"requests\": %d, \"errors\": %d, \"perSecond\": %.2f, "
                    + "\"p50\": %d, \"p95\": %d, \"p99\": %d, \"max\": %d}", quote(name), count, errors, perSecond,
                    p50, p95, p99, max);
        }
    }

    /** Response times in milliseconds (a request without a response counts as an error, not as a time). */
    private static final class Timings {
        private int[] millis = new int[1024];
        private int size;
        private long errors;

        synchronized void add(int ms, boolean ok) {
            if (!ok) {
                errors++;
            }
            if (ms < 0) {
                return;
            }
            if (size == millis.length) {
                millis = Arrays.copyOf(millis, size * 2);
            }
            millis[size++] = ms;
        }

        synchronized void addAll(Timings other) {
            synchronized (other) {
                for (int i = 0; i < other.size; i++) {
                    add(other.millis[i], true);
                }
                errors += other.errors;
            }
        }

        synchronized Row row(String name, double seconds) {
            int[] sorted = Arrays.copyOf(millis, size);
            Arrays.sort(sorted);
            return new Row(name, size, errors, size / seconds, at(sorted, 0.50), at(sorted, 0.95), at(sorted, 0.99),
                    size == 0 ? 0 : sorted[size - 1]);
        }

        /** The nearest-rank percentile. */
        private static long at(int[] sorted, double p) {
            return sorted.length == 0 ? 0 : sorted[(int) Math.ceil(p * sorted.length) - 1];
        }
    }
}
