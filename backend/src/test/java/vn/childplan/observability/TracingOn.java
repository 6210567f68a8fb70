package vn.childplan.observability;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.junit.QuarkusTestProfile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Tracing switched on as an operator would (README "Observability"), exporting over OTLP/HTTP to a stand-in
 * collector in this JVM, which writes each export it receives to a file of {@link #EXPORTS} (files, because the
 * test reads them from another class loader).
 */
public class TracingOn implements QuarkusTestProfile {
    static final String EXPORTS = "childplan.test.otlp-exports";

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("quarkus.otel.sdk.disabled", "false",
                "quarkus.otel.exporter.otlp.endpoint", "http://localhost:" + collector(),
                "quarkus.otel.exporter.otlp.protocol", "http/protobuf",
                "quarkus.otel.bsp.schedule.delay", "100ms");
    }

    /** Starts the stand-in collector once, answering its port. */
    private static synchronized int collector() {
        try {
            if (System.getProperty(EXPORTS + ".port") == null) {
                Path dir = Files.createTempDirectory("otlp");
                AtomicInteger n = new AtomicInteger();
                HttpServer server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
                server.createContext("/", exchange -> {
                    try (InputStream body = exchange.getRequestBody()) {
                        Files.write(dir.resolve(exchange.getRequestURI().getPath().replace('/', '_') + "-"
                                + n.incrementAndGet()), body.readAllBytes());
                    }
                    exchange.sendResponseHeaders(200, -1);
                    exchange.close();
                });
                server.setExecutor(null);
                server.start();
                System.setProperty(EXPORTS, dir.toString());
                System.setProperty(EXPORTS + ".port", Integer.toString(server.getAddress().getPort()));
            }
            return Integer.parseInt(System.getProperty(EXPORTS + ".port"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
