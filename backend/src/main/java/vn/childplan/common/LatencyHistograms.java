package vn.childplan.common;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.distribution.DistributionStatisticConfig;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.stream.Stream;

/**
 * Buckets for the HTTP server's request timer ({@code http_server_requests_seconds_bucket} at /q/metrics), so
 * Prometheus computes percentiles per endpoint across replicas ({@code histogram_quantile(0.95, ...)}). A fixed,
 * short list around the 300 ms target of the load test rather than Micrometer's percentile histogram (about 70
 * buckets for every endpoint, method and status).
 */
public class LatencyHistograms {
    private static final String HTTP_SERVER_REQUESTS = "http.server.requests";
    private static final double[] BUCKETS = Stream.of(Duration.ofMillis(5), Duration.ofMillis(10),
            Duration.ofMillis(25), Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(200),
            Duration.ofMillis(300), Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofMillis(2500),
            Duration.ofSeconds(5), Duration.ofSeconds(10)).mapToDouble(Duration::toNanos).toArray();

    @Produces
    @Singleton
    MeterFilter httpServerBuckets() {
        return new MeterFilter() {
            @Override
            public DistributionStatisticConfig configure(Meter.Id id, DistributionStatisticConfig config) {
                if (!id.getName().equals(HTTP_SERVER_REQUESTS)) {
                    return config;
                }
                return DistributionStatisticConfig.builder().serviceLevelObjectives(BUCKETS).build().merge(config);
            }
        };
    }
}
