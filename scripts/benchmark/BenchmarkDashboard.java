import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;

/**
 * The client half of scripts/benchmark-dashboard.sh (run as a single-file program, JDK only): signs tokens with
 * the benchmark's private key (the backend verifies them with quarkus.oidc.public-key), calls GET /api/v1/dashboard
 * for the nation, a province and a commune, and prints one line per scenario:
 * {@code RESULT <dataset> <scenario> <p50 ms> <p95 ms> <SQL statements per request>}.
 * Statements are counted from the backend's log: every statement Hibernate sends is one org.hibernate.SQL record.
 *
 * <p>Arguments: baseUrl keyFile(PKCS#8 DER) logFile dataset asOf warmup requests scenario... where a scenario is
 * {@code name:role:unitCode} (unitCode "-" for none).
 */
public class BenchmarkDashboard {
    public static void main(String[] args) throws Exception {
        String base = args[0];
        PrivateKey key = KeyFactory.getInstance("RSA")
                .generatePrivate(new PKCS8EncodedKeySpec(Files.readAllBytes(Path.of(args[1]))));
        Path log = Path.of(args[2]);
        String dataset = args[3];
        String asOf = args[4];
        int warmup = Integer.parseInt(args[5]);
        int requests = Integer.parseInt(args[6]);
        HttpClient http = HttpClient.newHttpClient();
        for (int s = 7; s < args.length; s++) {
            String[] scenario = args[s].split(":");
            String unit = scenario[2].equals("-") ? null : scenario[2];
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/v1/dashboard?asOf=" + asOf))
                    .header("Authorization", "Bearer " + token(key, scenario[1], unit)).GET().build();
            for (int i = 0; i < warmup; i++) {
                call(http, request);
            }
            List<Double> millis = new ArrayList<>();
            for (int i = 0; i < requests; i++) {
                long t0 = System.nanoTime();
                call(http, request);
                millis.add((System.nanoTime() - t0) / 1e6);
            }
            Collections.sort(millis);
            long before = statements(log);
            call(http, request);
            Thread.sleep(300); // the log handler writes asynchronously to the request's end
            long count = statements(log) - before;
            System.out.printf(java.util.Locale.ROOT, "RESULT %s %s %.1f %.1f %d%n", dataset, scenario[0],
                    percentile(millis, 50), percentile(millis, 95), count);
        }
    }

    private static void call(HttpClient http, HttpRequest request) throws Exception {
        HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(request.uri() + " answered " + r.statusCode() + ": " + r.body());
        }
    }

    private static double percentile(List<Double> sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index));
    }

    private static long statements(Path log) throws Exception {
        try (var lines = Files.lines(log, StandardCharsets.UTF_8)) {
            // the category as the default log format abbreviates it
            return lines.filter(l -> l.contains(" [org.hib.SQL] ")).count();
        }
    }

    private static String token(PrivateKey key, String role, String unitCode) throws Exception {
        long now = System.currentTimeMillis() / 1000;
        String header = "{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":\"benchmark\"}";
        String claims = "{\"iss\":\"childplan-benchmark\",\"aud\":\"childplan-api\",\"sub\":\"benchmark-" + role + "\","
                + "\"preferred_username\":\"benchmark." + role + "\",\"azp\":\"childplan-benchmark\","
                + "\"groups\":[\"" + role + "\"],\"iat\":" + now + ",\"exp\":" + (now + 3600)
                + (unitCode == null ? "" : ",\"unit_code\":\"" + unitCode + "\"") + "}";
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        String signed = b64.encodeToString(header.getBytes(StandardCharsets.UTF_8)) + "."
                + b64.encodeToString(claims.getBytes(StandardCharsets.UTF_8));
        Signature rsa = Signature.getInstance("SHA256withRSA");
        rsa.initSign(key);
        rsa.update(signed.getBytes(StandardCharsets.US_ASCII));
        return signed + "." + b64.encodeToString(rsa.sign());
    }
}
