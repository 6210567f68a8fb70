package vn.childplan.observability;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.childplan.security.Roles;
import vn.childplan.support.SignedInUser;
import vn.childplan.support.Tokens;

/**
 * With tracing configured on, a request makes a server span named by its route, which reaches the OTLP collector,
 * and the log lines written while handling it carry the trace and span ids beside the request id.
 */
@QuarkusTest
@TestProfile(TracingOn.class)
class TracingTest {
    @Test
    void a_request_is_traced_and_its_log_lines_carry_the_trace() {
        SignedInUser officer = SignedInUser.signIn(Roles.OFFICER, "46", "HUE-LDTBXH", true);
        try (LogRecords log = new LogRecords()) {
            Tokens.as(Roles.ADMIN, null, null).header("X-Request-Id", "traced-1").queryParam("today", "2016-05-22")
                    .when().post("/api/v1/admin/reminders/run").then().statusCode(200);
            List<LogRecords.Line> mails = log.lines().stream().filter(l -> l.message().contains(officer.email()))
                    .toList();
            assertFalse(mails.isEmpty(), log.lines().toString());
            mails.forEach(l -> assertTrue("traced-1".equals(l.requestId()) && l.mdc().get("traceId") != null
                    && l.mdc().get("spanId") != null, l.toString()));
        }
        // the span of POST /api/v1/admin/reminders/run, exported within a ceiling of 30 s
        for (int i = 0; i < 300; i++) {
            if (exported().contains("POST /api/v1/admin/reminders/run")) {
                return;
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(100));
        }
        fail("no span of the request reached the collector: " + exported());
    }

    /** Everything the collector received, as text (span names are plain UTF-8 in OTLP's protobuf). */
    private static String exported() {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty(TracingOn.EXPORTS)))) {
            StringBuilder all = new StringBuilder();
            for (Path f : files.toList()) {
                all.append(new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1));
            }
            return all.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
