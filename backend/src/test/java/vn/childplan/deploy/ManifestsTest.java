package vn.childplan.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HTTPGetAction;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.HTTPIngressPath;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import vn.childplan.deploy.OperatorResources.Cluster;
import vn.childplan.deploy.OperatorResources.Keycloak;
import vn.childplan.deploy.OperatorResources.KeycloakRealmImport;
import vn.childplan.deploy.OperatorResources.ObjectStore;
import vn.childplan.deploy.OperatorResources.Plugin;
import vn.childplan.deploy.OperatorResources.ScheduledBackup;

/**
 * The Kubernetes manifests of deploy/ stay valid without a cluster: every document is read strictly into its model
 * (an unknown or misplaced field fails, see {@link Manifests}), the kustomization names every manifest and only files
 * that exist, and the pieces name each other rightly (selectors, Services, Secrets, the database's services).
 */
class ManifestsTest {
    /** Examples kept beside the manifests and read like them, but never applied. */
    private static final Set<String> EXAMPLES = Set.of("secrets.example.yaml", "postgres/recovery.example.yaml");
    private static final String BARMAN = "barman-cloud.cloudnative-pg.io";

    @Test
    void every_manifest_reads_strictly_into_its_model() throws IOException {
        List<String> problems = new ArrayList<>();
        List<Manifests.Resource> all = readAll(problems);
        assertEquals(List.of(), problems);
        assertTrue(all.size() >= 18, "too few resources read: " + all.size());
    }

    @Test
    void the_kustomization_names_every_manifest_and_only_files_that_exist() throws IOException {
        JsonNode kustomization = Manifests.YAML.readTree(Manifests.DEPLOY.resolve("kustomization.yaml").toFile());
        Set<String> listed = new TreeSet<>();
        kustomization.path("resources").forEach(r -> listed.add(r.asText()));
        List<String> missing = new ArrayList<>();
        for (String file : listed) {
            if (!Files.isRegularFile(Manifests.DEPLOY.resolve(file))) {
                missing.add(file);
            }
        }
        for (JsonNode generator : kustomization.path("configMapGenerator")) {
            Stream.concat(stream(generator.path("files")), stream(generator.path("envs")))
                    .map(f -> f.substring(f.indexOf('=') + 1))
                    .filter(f -> !Files.isRegularFile(Manifests.DEPLOY.resolve(f))).forEach(missing::add);
        }
        assertEquals(List.of(), missing, "named by kustomization.yaml but missing");
        Set<String> unlisted = new TreeSet<>(manifestFiles());
        unlisted.removeAll(listed);
        unlisted.removeAll(EXAMPLES);
        assertEquals(Set.of(), unlisted, "manifests that kustomization.yaml does not apply (list them, or as examples"
                + " in ManifestsTest.EXAMPLES)");
    }

    /**
     * What the cluster would receive: kubectl's own kustomize renders deploy/ (generated ConfigMaps, namespace,
     * labels, images) and the result is read as strictly as the sources. Skipped, and reported as skipped, where no
     * kubectl is installed.
     */
    @Test
    void the_rendered_kustomization_reads_strictly() throws IOException, InterruptedException {
        Assumptions.assumeTrue(onPath("kubectl"), "kubectl is not installed: the rendering is not checked");
        Process kubectl = new ProcessBuilder("kubectl", "kustomize", Manifests.DEPLOY.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String rendered = new String(kubectl.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(kubectl.waitFor(60, TimeUnit.SECONDS), "kubectl kustomize did not finish");
        assertEquals(0, kubectl.exitValue(), "kubectl kustomize failed");
        List<String> problems = new ArrayList<>();
        List<Manifests.Resource> resources = Manifests.read("kubectl kustomize", rendered, problems);
        assertEquals(List.of(), problems);
        assertTrue(resources.stream().allMatch(r -> r.kind().equals("Namespace")
                || "childplan".equals(namespaceOf(r.model()))), "every resource lands in the namespace childplan");
        assertTrue(resources.stream().anyMatch(r -> r.kind().equals("ConfigMap")
                && r.name().startsWith("childplan-backend-")), "the backend's settings are generated");
    }

    @Test
    void the_backend_runs_as_two_or_more_probed_non_root_replicas_behind_a_service() throws IOException {
        List<Manifests.Resource> all = readAll(new ArrayList<>());
        Deployment backend = one(all, Deployment.class, "childplan-backend");
        assertTrue(backend.getSpec().getReplicas() >= 2);
        Container api = backend.getSpec().getTemplate().getSpec().getContainers().get(0);
        assertEquals("/q/health/ready", path(api.getReadinessProbe().getHttpGet()));
        assertEquals("/q/health/live", path(api.getLivenessProbe().getHttpGet()));
        assertEquals("/q/health/started", path(api.getStartupProbe().getHttpGet()));
        assertEquals("http", api.getPorts().get(0).getName());
        assertTrue(api.getResources().getRequests().containsKey("cpu"));
        assertTrue(api.getResources().getLimits().containsKey("memory"));
        assertEquals(Boolean.TRUE, backend.getSpec().getTemplate().getSpec().getSecurityContext().getRunAsNonRoot());
        assertEquals(Boolean.TRUE, api.getSecurityContext().getReadOnlyRootFilesystem());

        HorizontalPodAutoscaler hpa = one(all, HorizontalPodAutoscaler.class, "childplan-backend");
        assertEquals("childplan-backend", hpa.getSpec().getScaleTargetRef().getName());
        assertTrue(hpa.getSpec().getMinReplicas() >= 2);
        for (Deployment d : all(all, Deployment.class)) {
            Map<String, String> pods = d.getSpec().getTemplate().getMetadata().getLabels();
            assertTrue(pods.entrySet().containsAll(d.getSpec().getSelector().getMatchLabels().entrySet()));
            Service service = one(all, Service.class, d.getMetadata().getName());
            assertTrue(pods.entrySet().containsAll(service.getSpec().getSelector().entrySet()),
                    "the Service " + service.getMetadata().getName() + " selects its Deployment's pods");
            PodDisruptionBudget budget = one(all, PodDisruptionBudget.class, d.getMetadata().getName());
            assertTrue(pods.entrySet().containsAll(budget.getSpec().getSelector().getMatchLabels().entrySet()));
        }
    }

    /** Every Secret a pod reads is written by an operator (a database's "-app" Secret) or in the example. */
    @Test
    void secrets_are_only_referenced_and_every_one_is_documented() throws IOException {
        List<Manifests.Resource> all = readAll(new ArrayList<>());
        Set<String> documented = all.stream().filter(r -> r.source().equals("secrets.example.yaml"))
                .map(Manifests.Resource::name).collect(Collectors.toSet());
        assertTrue(all.stream().filter(r -> r.model() instanceof Secret).allMatch(r -> EXAMPLES.contains(r.source())),
                "no Secret is applied by the kustomization");
        Set<String> written = all(all, Cluster.class).stream().map(c -> c.metadata().getName() + "-app")
                .collect(Collectors.toSet());
        Set<String> referenced = new TreeSet<>();
        for (Deployment d : all(all, Deployment.class)) {
            for (Container c : d.getSpec().getTemplate().getSpec().getContainers()) {
                c.getEnv().stream().map(EnvVar::getValueFrom).filter(Objects::nonNull)
                        .filter(v -> v.getSecretKeyRef() != null).forEach(v -> referenced.add(v.getSecretKeyRef().getName()));
            }
        }
        all(all, ObjectStore.class).forEach(s -> referenced.add(s.spec().configuration().s3Credentials()
                .accessKeyId().name()));
        all(all, KeycloakRealmImport.class).forEach(r -> r.spec().placeholders().values()
                .forEach(p -> referenced.add(p.secret().name())));
        all(all, Keycloak.class).forEach(k -> referenced.add(k.spec().db().passwordSecret().name()));
        referenced.removeAll(written);
        referenced.removeAll(documented);
        assertEquals(Set.of(), referenced, "Secrets neither written by an operator nor in secrets.example.yaml");
    }

    @Test
    void postgres_has_a_primary_two_replicas_and_continuous_backup_the_backend_reads_from_the_replicas()
            throws IOException {
        List<Manifests.Resource> all = readAll(new ArrayList<>());
        Cluster db = one(all, Cluster.class, "childplan-db");
        assertEquals(3, db.spec().instances(), "one primary and two replicas");
        Set<String> stores = all(all, ObjectStore.class).stream().map(s -> s.metadata().getName())
                .collect(Collectors.toSet());
        for (Cluster cluster : all(all, Cluster.class)) {
            Plugin archiver = cluster.spec().plugins().stream().filter(p -> Boolean.TRUE.equals(p.isWALArchiver()))
                    .findFirst().orElseThrow(() -> new AssertionError(cluster.metadata().getName() + " archives no WAL"));
            assertEquals(BARMAN, archiver.name());
            assertTrue(stores.contains(archiver.parameters().get("barmanObjectName")), "its object store exists");
            assertEquals("5min", cluster.spec().postgresql().parameters().get("archive_timeout"),
                    "the recovery point objective of the README");
        }
        Set<String> clusters = all(all, Cluster.class).stream().map(c -> c.metadata().getName())
                .collect(Collectors.toSet());
        for (ScheduledBackup backup : all(all, ScheduledBackup.class)) {
            assertTrue(clusters.contains(backup.spec().cluster().name()));
            assertEquals(BARMAN, backup.spec().pluginConfiguration().name());
        }
        Cluster restored = one(all, Cluster.class, "childplan-db-restored");
        assertTrue(restored.spec().bootstrap().recovery().recoveryTarget().targetTime() != null);

        Properties settings = new Properties();
        settings.load(Files.newBufferedReader(Manifests.DEPLOY.resolve("backend/settings.env")));
        assertEquals("jdbc:postgresql://childplan-db-rw:5432/childplan", settings.getProperty("QUARKUS_DATASOURCE_JDBC_URL"));
        assertEquals("jdbc:postgresql://childplan-db-ro:5432/childplan", settings.getProperty("CHILDPLAN_READ_JDBC_URL"));
    }

    /** Outside, only the web app (whose nginx passes /api on and refuses /q/) and Keycloak. */
    @Test
    void the_ingress_publishes_the_web_app_and_keycloak_and_nginx_keeps_q_inside() throws IOException {
        List<Manifests.Resource> all = readAll(new ArrayList<>());
        Set<String> services = all(all, Service.class).stream().map(s -> s.getMetadata().getName())
                .collect(Collectors.toCollection(TreeSet::new));
        all(all, Keycloak.class).forEach(k -> services.add(k.metadata().getName() + "-service"));
        Ingress ingress = one(all, Ingress.class, "childplan");
        Set<String> routed = ingress.getSpec().getRules().stream().flatMap(r -> r.getHttp().getPaths().stream())
                .map(HTTPIngressPath::getBackend).map(b -> b.getService().getName()).collect(Collectors.toSet());
        assertEquals(Set.of("childplan-spa", "childplan-keycloak-service"), routed);
        assertTrue(services.containsAll(routed));

        String nginx = Manifests.text(Manifests.DEPLOY.resolve("spa/nginx.conf"));
        assertTrue(nginx.contains("proxy_pass http://childplan-backend:8080;"), "/api goes to the backend Service");
        assertTrue(nginx.matches("(?s).*location /q/ \\{\\s*return 404;.*"), "/q/ stays inside");
        assertTrue(nginx.contains("try_files $uri $uri/ /index.html;"), "the SPA's routes fall back to index.html");
    }

    /**
     * The realm the operator imports is derived from the realm of the local run; regenerate with
     * {@code ./mvnw -B test -Dtest=ManifestsTest -Ddeploy.update=true}.
     */
    @Test
    void the_realm_import_is_generated_from_the_realm_of_the_local_run() throws IOException {
        String generated = RealmImport.generate();
        if (Boolean.getBoolean("deploy.update")) {
            Files.writeString(RealmImport.TARGET, generated, StandardCharsets.UTF_8);
        }
        assertEquals(generated, Manifests.text(RealmImport.TARGET), RealmImport.TARGET + " differs from"
                + " backend/keycloak/childplan-realm.json; regenerate it with ./mvnw -B test -Dtest=ManifestsTest"
                + " -Ddeploy.update=true and review the diff");
        JsonNode realm = Manifests.YAML.readTree(generated).path("spec").path("realm");
        assertTrue(realm.path("users").isMissingNode(), "no demo user");
        Map<String, JsonNode> clients = new java.util.HashMap<>();
        realm.path("clients").forEach(c -> clients.put(c.path("clientId").asText(), c));
        assertEquals(Set.of("childplan-spa", "childplan-integration", "childplan-api"), clients.keySet(),
                "no password-grant client");
        assertEquals("${" + RealmImport.SECRET_PLACEHOLDER + "}", clients.get("childplan-integration").path("secret")
                .asText(), "no demo secret");
    }

    private static List<Manifests.Resource> readAll(List<String> problems) throws IOException {
        List<Manifests.Resource> all = new ArrayList<>();
        for (String file : manifestFiles()) {
            all.addAll(Manifests.read(file, Manifests.text(Manifests.DEPLOY.resolve(file)), problems));
        }
        return all;
    }

    /** Every manifest under deploy/, relative to it; kustomization.yaml is the recipe, not a manifest. */
    private static List<String> manifestFiles() throws IOException {
        try (Stream<Path> files = Files.walk(Manifests.DEPLOY)) {
            return files.filter(f -> f.toString().endsWith(".yaml") || f.toString().endsWith(".yml"))
                    .map(f -> Manifests.DEPLOY.relativize(f).toString().replace('\\', '/'))
                    .filter(f -> !f.equals("kustomization.yaml")).sorted().toList();
        }
    }

    private static <T> List<T> all(List<Manifests.Resource> resources, Class<T> type) {
        return resources.stream().map(Manifests.Resource::model).filter(type::isInstance).map(type::cast).toList();
    }

    private static <T> T one(List<Manifests.Resource> resources, Class<T> type, String name) {
        return resources.stream().filter(r -> type.isInstance(r.model()) && r.name().equals(name))
                .map(r -> type.cast(r.model())).findFirst()
                .orElseThrow(() -> new AssertionError("no " + type.getSimpleName() + " " + name));
    }

    private static String path(HTTPGetAction get) {
        assertEquals("http", get.getPort().getStrVal(), "probes ask the main HTTP port");
        return get.getPath();
    }

    private static String namespaceOf(Object model) {
        if (model instanceof io.fabric8.kubernetes.api.model.HasMetadata m) {
            return m.getMetadata().getNamespace();
        }
        try {
            var metadata = (io.fabric8.kubernetes.api.model.ObjectMeta) model.getClass().getMethod("metadata").invoke(model);
            return metadata.getNamespace();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Stream<String> stream(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values.stream();
    }

    private static boolean onPath(String command) {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, command)));
    }
}
