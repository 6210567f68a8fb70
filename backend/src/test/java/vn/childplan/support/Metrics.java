package vn.childplan.support;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.DoubleSupplier;

/** /q/metrics as Prometheus reads it (text format, no token). */
public final class Metrics {
    private Metrics() {
    }

    /** The samples, without the comment lines. */
    public static List<String> samples() {
        return given().accept("text/plain").when().get("/q/metrics").then().statusCode(200)
                .contentType(startsWith("text/plain")).extract().asString().lines()
                .filter(l -> !l.startsWith("#")).toList();
    }

    /** The sum of the samples of {@code name} whose labels include each of {@code labels} (0 when none). */
    public static double value(String name, String... labels) {
        return samples().stream().filter(l -> l.startsWith(name + "{") || l.startsWith(name + " "))
                .filter(l -> List.of(labels).stream().allMatch(l::contains))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).sum();
    }

    /**
     * Waits, with a ceiling of 30 s, until {@code metric} reads {@code expected} (what is counted after a commit, or
     * as a worker's task ends, may lag the answer that reports it), and checks that it does.
     */
    public static void reaches(String what, DoubleSupplier metric, double expected) {
        for (int i = 0; i < 300 && metric.getAsDouble() != expected; i++) {
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(100));
        }
        assertEquals(expected, metric.getAsDouble(), what);
    }
}
