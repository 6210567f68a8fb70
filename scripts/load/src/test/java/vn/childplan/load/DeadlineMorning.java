package vn.childplan.load;

import static io.gatling.javaapi.core.CoreDsl.*;
import static io.gatling.javaapi.http.HttpDsl.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The deadline morning of one large province (scripts/load-test.sh seeds it and sets the environment read here):
 * <ul>
 * <li>officers (LOAD_OFFICERS, one line per user: user name and the plans whose yearly report is theirs) log in,
 * open My work as the web app does, then per plan start the report or open their agency's draft, type for a while,
 * save the draft twice (PUT with If-Match, narratives and figures), submit it, and go back to My work; once all are
 * submitted they look at My work now and then;</li>
 * <li>planners (LOAD_PLANNERS) open the province's dashboard, a plan's consolidation and the late list, again and
 * again;</li>
 * <li>one machine client sends a file of values as an import job every LOAD_IMPORT_EVERY seconds and polls it to its
 * end.</li>
 * </ul>
 * Every user has a real token of the realm: the password grant at login (client childplan-cli), renewed with the
 * refresh token before it expires, as the web app renews it silently; the machine client the client credentials
 * grant. Think times are a person's (seconds). Everything stops LOAD_DURATION seconds after the start.
 */
public class DeadlineMorning extends Simulation {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String API = env("LOAD_API");
    private static final String TOKEN_URL = env("LOAD_TOKEN_URL");
    private static final String PASSWORD = env("LOAD_PASSWORD");
    private static final String CLIENT_SECRET = env("LOAD_CLIENT_SECRET");
    private static final int DURATION = Integer.parseInt(env("LOAD_DURATION"));
    private static final int RAMP = Integer.parseInt(env("LOAD_RAMP"));
    private static final int IMPORT_EVERY = Integer.parseInt(env("LOAD_IMPORT_EVERY"));
    private static final String YEAR = env("LOAD_YEAR");
    private static final String TODAY = env("LOAD_TODAY");
    private static final String PROVINCE_ID = env("LOAD_PROVINCE_ID");
    private static final String PROVINCE_CODE = env("LOAD_PROVINCE_CODE");
    private static final int COMMUNES = Integer.parseInt(env("LOAD_COMMUNES"));
    private static final List<String> PLAN_IDS = List.of(env("LOAD_PLAN_IDS").split(","));
    private static final Path OUT = Path.of(env("LOAD_OUT"));
    /** Renewed this long before the token's 5 minutes are up, as oidc-client-ts does (60 s). */
    private static final long TOKEN_RENEW_AFTER_MS = 240_000;
    private static final Set<Integer> OK = Set.of(200);
    private static final Set<Integer> CREATED = Set.of(201);
    private static final Set<Integer> ACCEPTED = Set.of(202);

    private final long endAt = System.currentTimeMillis() + DURATION * 1000L;

    private static String env(String name) {
        String v = System.getenv(name);
        if (v == null || v.isBlank()) {
            throw new IllegalStateException(name + " is not set (scripts/load-test.sh sets it)");
        }
        return v;
    }

    private boolean running(Session s) {
        return System.currentTimeMillis() < endAt;
    }

    // ---- requests ------------------------------------------------------------------------------------------------

    /**
     * One request, timed and judged by the Recorder: its status, time, body and ETag land in the session, and a
     * status outside {@code ok} fails it in Gatling's report too.
     */
    private static ChainBuilder call(String name, HttpRequestActionBuilder request, Set<Integer> ok) {
        Integer[] expected = ok.toArray(Integer[]::new);
        return exec(s -> s.removeAll("st", "rt", "body", "etag"))
                .exec(request.check(responseTimeInMillis().saveAs("rt"), status().saveAs("st"),
                        bodyString().saveAs("body"), header("ETag").optional().saveAs("etag"),
                        status().in(expected)))
                .exec(s -> {
                    Recorder.record(name, s, ok);
                    return s;
                });
    }

    private static ChainBuilder get(String name, String path) {
        return call("GET " + name, http("GET " + name).get(path).header("Authorization", "Bearer #{token}"), OK);
    }

    private static boolean ok(Session s) {
        return s.contains("st") && s.getInt("st") / 100 == 2;
    }

    private static JsonNode body(Session s) {
        try {
            return JSON.readTree(s.getString("body"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- tokens --------------------------------------------------------------------------------------------------

    private static ChainBuilder saveTokens() {
        return exec(s -> {
            if (!ok(s)) {
                return s.markAsFailed();
            }
            JsonNode t = body(s);
            return s.set("token", t.path("access_token").asText())
                    .set("refresh", t.path("refresh_token").asText(""))
                    .set("tokenAt", System.currentTimeMillis());
        });
    }

    private static final ChainBuilder LOGIN = call(Recorder.IDP + "password grant", http(Recorder.IDP + "password grant")
            .post(TOKEN_URL).formParam("grant_type", "password").formParam("client_id", "childplan-cli")
            .formParam("username", "#{username}").formParam("password", PASSWORD), OK)
            .exec(saveTokens()).exitHereIfFailed();

    private static final ChainBuilder FRESH_TOKEN = doIf(
            s -> System.currentTimeMillis() - s.getLong("tokenAt") > TOKEN_RENEW_AFTER_MS).then(
            call(Recorder.IDP + "refresh", http(Recorder.IDP + "refresh").post(TOKEN_URL)
                    .formParam("grant_type", "refresh_token").formParam("client_id", "childplan-cli")
                    .formParam("refresh_token", "#{refresh}"), OK)
                    .exec(saveTokens()));

    private static final ChainBuilder MACHINE_TOKEN = doIf(
            s -> !s.contains("tokenAt") || System.currentTimeMillis() - s.getLong("tokenAt") > TOKEN_RENEW_AFTER_MS)
            .then(call(Recorder.IDP + "client credentials", http(Recorder.IDP + "client credentials").post(TOKEN_URL)
                    .basicAuth("childplan-integration", CLIENT_SECRET)
                    .formParam("grant_type", "client_credentials"), OK)
                    .exec(saveTokens()));

    // ---- officers ------------------------------------------------------------------------------------------------

    /** My work as the web app opens it: the header's unread count, the agency's assignments and reports. */
    private static final ChainBuilder MY_WORK = exec(FRESH_TOKEN)
            .exec(get("/notifications/unread-count", "/api/v1/notifications/unread-count"))
            .exec(get("/assignments?agencyId", "/api/v1/assignments?agencyId=#{agencyId}&size=100&sort=dueOn"))
            .exec(get("/reports?agencyId", "/api/v1/reports?agencyId=#{agencyId}&size=100"))
            .exec(s -> ok(s) ? s.set("reports", s.getString("body")) : s);

    /** The next plan of the officer's and its report of the year, if the agency has one (in the last list read). */
    private static Session nextPlan(Session s) {
        List<String> plans = s.getList("plans");
        int next = s.getInt("next");
        String plan = plans.get(next);
        Session t = s.set("next", next + 1).set("planId", plan).remove("reportId");
        try {
            for (JsonNode r : JSON.readTree(s.getString("reports")).path("items")) {
                if (r.path("document").path("id").asText().equals(plan) && r.path("periodCode").asText().equals(YEAR)) {
                    return t.set("reportId", r.path("id").asLong());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return t;
    }

    private static final ChainBuilder START_REPORT = exec(get("/reporting-regimes?documentId",
            "/api/v1/reporting-regimes?documentId=#{planId}"))
            .pause(3, 8)
            .exec(FRESH_TOKEN)
            .exec(call("POST /reports", http("POST /reports").post("/api/v1/reports")
                    .header("Authorization", "Bearer #{token}")
                    .body(StringBody(s -> String.format("{\"documentId\": %s, \"agencyId\": %s, \"periodCode\": \"%s\"}",
                            s.getString("planId"), s.getString("agencyId"), YEAR))).asJson(), CREATED))
            .exec(s -> ok(s) ? s.set("reportId", body(s).path("id").asLong()) : s);

    /** The report's page: the report, the agency's tasks in the plan, the plan's targets and the units below it. */
    private static final ChainBuilder OPEN_REPORT = exec(get("/reports/{id}", "/api/v1/reports/#{reportId}"))
            .exec(s -> s.set("reportEtag", s.contains("etag") ? s.getString("etag") : ""))
            .exec(get("/assignments?agencyId&documentId",
                    "/api/v1/assignments?agencyId=#{agencyId}&documentId=#{planId}&size=100&sort=dueOn"))
            .exec(s -> ok(s) ? s.set("tasks", ids(body(s), "task")) : s.set("tasks", List.of()))
            .exec(get("/plans/{id}/progress", "/api/v1/plans/#{planId}/progress"))
            .exec(s -> ok(s) ? s.set("indicators", indicators(body(s))) : s.set("indicators", List.of()))
            .exec(get("/admin-units?parentCode&validOn",
                    "/api/v1/admin-units?parentCode=" + PROVINCE_CODE + "&validOn=" + YEAR + "-12-31&size=100&sort=name"))
            .exec(s -> ok(s) ? s.set("communes", ids(body(s), null)) : s.set("communes", List.of()));

    private static List<Long> ids(JsonNode page, String field) {
        Set<Long> ids = new LinkedHashSet<>();
        for (JsonNode item : page.path("items")) {
            ids.add((field == null ? item : item.path(field)).path("id").asLong());
        }
        return new ArrayList<>(ids);
    }

    private static List<Long> indicators(JsonNode progress) {
        Set<Long> ids = new LinkedHashSet<>();
        for (JsonNode t : progress.path("targets")) {
            ids.add(t.path("target").path("indicator").path("id").asLong());
        }
        return new ArrayList<>(ids);
    }

    /**
     * The report's content as typed so far: a narrative per task and figures for each of the plan's indicators on
     * the province and three of its communes ({@code share} of them in the first draft).
     */
    private static String reportInput(Session s, double share) {
        ObjectNode in = JSON.createObjectNode();
        in.put("difficulties", "Thiếu cán bộ chuyên trách ở cấp xã; kinh phí phân bổ chậm.");
        in.put("proposals", "Đề nghị bổ sung kinh phí và tập huấn cho cán bộ cấp xã.");
        ArrayNode narratives = in.putArray("narratives");
        for (Long task : s.<Long>getList("tasks")) {
            narratives.addObject().put("taskId", task).put("progress", "IN_PROGRESS")
                    .put("narrative", "Đã triển khai tại các xã, phường; tiếp tục theo dõi và đôn đốc.");
        }
        List<Long> units = new ArrayList<>();
        units.add(Long.parseLong(PROVINCE_ID));
        List<Long> communes = s.getList("communes");
        for (int i = 0; i < Math.min(3, communes.size()); i++) {
            units.add(communes.get((int) ((s.userId() * 7 + i * 31) % communes.size())));
        }
        ArrayNode values = in.putArray("values");
        List<Long> indicators = s.getList("indicators");
        int n = (int) Math.ceil(indicators.size() * units.size() * share);
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (Long indicator : indicators) {
            for (Long unit : units) {
                if (values.size() < n) {
                    values.addObject().put("indicatorId", indicator).put("unitId", unit)
                            .put("value", random.nextInt(10_000) / 10.0);
                }
            }
        }
        return in.toString();
    }

    private static ChainBuilder saveDraft(double share) {
        return exec(FRESH_TOKEN)
                .exec(call("PUT /reports/{id}", http("PUT /reports/{id}").put("/api/v1/reports/#{reportId}")
                        .header("Authorization", "Bearer #{token}").header("If-Match", "#{reportEtag}")
                        .body(StringBody(s -> reportInput(s, share))).asJson(), OK))
                .exec(s -> ok(s) ? s.set("reportEtag", s.getString("etag")) : s);
    }

    private static final ChainBuilder SUBMIT = exec(FRESH_TOKEN)
            .exec(call("POST /reports/{id}/submit", http("POST /reports/{id}/submit")
                    .post("/api/v1/reports/#{reportId}/submit").header("Authorization", "Bearer #{token}")
                    .header("If-Match", "#{reportEtag}").body(StringBody("{}")).asJson(), OK))
            .exec(s -> {
                if (ok(s)) {
                    Recorder.submitted(s.getLong("reportId"));
                }
                return s;
            });

    private final ScenarioBuilder officers = scenario("officers")
            .feed(listFeeder(users("LOAD_OFFICERS")).queue())
            .exec(LOGIN)
            .exec(FRESH_TOKEN)
            .exec(get("/me", "/api/v1/me"))
            .exec(s -> ok(s) ? s.set("agencyId", body(s).path("agency").path("id").asText()) : s.markAsFailed())
            .exitHereIfFailed()
            .exec(MY_WORK)
            .exec(s -> s.set("next", 0))
            .asLongAs(s -> running(s) && s.getInt("next") < s.<String>getList("plans").size()).on(
                    pause(5, 15)
                            .exec(DeadlineMorning::nextPlan)
                            .doIf(s -> !s.contains("reportId")).then(START_REPORT)
                            .doIf(s -> s.contains("reportId")).then(
                                    exec(FRESH_TOKEN)
                                            .exec(OPEN_REPORT)
                                            .pause(20, 40)
                                            .exec(saveDraft(0.5))
                                            .pause(20, 40)
                                            .exec(saveDraft(1.0))
                                            .pause(5, 10)
                                            .exec(SUBMIT))
                            .exec(MY_WORK))
            .asLongAs(this::running).on(pause(30, 60).exec(MY_WORK));

    // ---- planners ------------------------------------------------------------------------------------------------

    private final ScenarioBuilder planners = scenario("planners")
            .feed(listFeeder(users("LOAD_PLANNERS")).queue())
            .exec(LOGIN)
            .exec(get("/me", "/api/v1/me"))
            .asLongAs(this::running).on(
                    exec(FRESH_TOKEN)
                            .exec(get("/dashboard?unitId", "/api/v1/dashboard?unitId=" + PROVINCE_ID))
                            .pause(10, 30)
                            .exec(s -> s.set("planId", PLAN_IDS.get(ThreadLocalRandom.current().nextInt(PLAN_IDS.size()))))
                            .exec(FRESH_TOKEN)
                            .exec(get("/plans/{id}/consolidation?periodCode",
                                    "/api/v1/plans/#{planId}/consolidation?periodCode=" + YEAR))
                            .pause(20, 40)
                            .exec(FRESH_TOKEN)
                            .exec(get("/late-reports?asOf", "/api/v1/late-reports?asOf=" + TODAY))
                            .pause(10, 30));

    // ---- the machine client --------------------------------------------------------------------------------------

    /** Every indicator LOAD_1…10 on the province and its communes, for last month, as a partner system sends it. */
    private static String valuesFile(Session s) {
        String month = java.time.LocalDate.parse(TODAY).minusMonths(1).toString().substring(0, 7);
        ThreadLocalRandom random = ThreadLocalRandom.current();
        StringBuilder csv = new StringBuilder("indicator_code,unit_code,period_code,value,status,source_name\r\n");
        List<String> units = new ArrayList<>(List.of(PROVINCE_CODE));
        IntStream.rangeClosed(1, COMMUNES).forEach(n -> units.add(String.valueOf(96000 + n)));
        for (int i = 1; i <= 10; i++) {
            for (String unit : units) {
                csv.append("LOAD_").append(i).append(',').append(unit).append(',').append(month).append(',')
                        .append(random.nextInt(10_000) / 10.0).append(",ESTIMATE,Hệ thống thống kê\r\n");
            }
        }
        return csv.toString();
    }

    private final ScenarioBuilder machine = scenario("machine client")
            .asLongAs(this::running).on(
                    pause(Duration.ofSeconds(IMPORT_EVERY))
                            .exec(MACHINE_TOKEN)
                            .exec(call("POST /import-jobs/indicator-values", http("POST /import-jobs/indicator-values")
                                    .post("/api/v1/import-jobs/indicator-values").header("Authorization", "Bearer #{token}")
                                    .header("Idempotency-Key", s -> UUID.randomUUID().toString())
                                    .header("Content-Type", "text/csv")
                                    .body(StringBody(DeadlineMorning::valuesFile)), ACCEPTED))
                            .doIf(DeadlineMorning::ok).then(
                                    exec(s -> s.set("jobId", body(s).path("id").asLong()).set("jobState", "QUEUED")
                                            .set("polls", 0))
                                            .asLongAs(s -> Set.of("QUEUED", "RUNNING").contains(s.getString("jobState"))
                                                    && s.getInt("polls") < 90).on(
                                                    pause(2)
                                                            .exec(MACHINE_TOKEN)
                                                            .exec(get("/import-jobs/{id}", "/api/v1/import-jobs/#{jobId}"))
                                                            .exec(s -> s.set("polls", s.getInt("polls") + 1)
                                                                    .set("jobState", ok(s) ? body(s).path("state").asText()
                                                                            : "UNKNOWN")))
                                            .exec(s -> {
                                                if (!"SUCCEEDED".equals(s.getString("jobState"))) {
                                                    Recorder.error("import job ended " + s.getString("jobState"));
                                                }
                                                return s;
                                            })));

    /** user name, then the plans whose reports are the user's (space-separated), per line. */
    private static List<Map<String, Object>> users(String variable) {
        try {
            return Files.readAllLines(Path.of(env(variable))).stream().filter(l -> !l.isBlank()).map(l -> {
                String[] f = l.trim().split(",");
                Map<String, Object> user = new LinkedHashMap<>();
                user.put("username", f[0]);
                user.put("plans", f.length > 1 ? Arrays.asList(f[1].split(" ")) : List.of());
                return user;
            }).collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    {
        int officerCount = users("LOAD_OFFICERS").size();
        int plannerCount = users("LOAD_PLANNERS").size();
        setUp(
                officers.injectOpen(rampUsers(officerCount).during(RAMP)),
                planners.injectOpen(rampUsers(plannerCount).during(RAMP)),
                machine.injectOpen(atOnceUsers(1)))
                .protocols(http.baseUrl(API).acceptHeader("application/json").disableWarmUp())
                .maxDuration(Duration.ofSeconds(DURATION + 120));
    }

    @Override
    public void after() {
        Map<String, Object> run = new LinkedHashMap<>();
        run.put("officers", users("LOAD_OFFICERS").size());
        run.put("planners", users("LOAD_PLANNERS").size());
        run.put("machine clients", 1);
        run.put("duration (s)", DURATION);
        run.put("ramp-up (s)", RAMP);
        try {
            System.out.println(Recorder.write(OUT, run));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
