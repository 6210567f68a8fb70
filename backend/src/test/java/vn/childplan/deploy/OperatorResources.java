package vn.childplan.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.ResourceRequirements;
import java.util.List;
import java.util.Map;

/**
 * The custom resources of deploy/ as typed records, read with unknown fields refused. No registry this project reaches
 * publishes the operators' CRD schemas (CloudNativePG ships them only in its Go repository, the Keycloak Operator's
 * jar is not on Maven Central), so these records are transcribed by hand from the operators' API references —
 * CloudNativePG 1.27 (postgresql.cnpg.io/v1), its Barman Cloud plugin 0.x (barmancloud.cnpg.io/v1), the Keycloak
 * Operator 26.5, the version of the project's Keycloak (k8s.keycloak.org/v2alpha1) — and hold only the fields
 * deploy/ uses or is likely to use. A field they lack fails the test until it is added here from the reference;
 * what they cannot see is a field that exists here but not in the real schema, and the values' constraints (enums,
 * patterns, required fields).
 */
final class OperatorResources {
    private OperatorResources() {
    }

    /** The kinds these records read, by apiVersion and kind. */
    static final Map<String, Class<?>> KINDS = Map.of(
            "postgresql.cnpg.io/v1/Cluster", Cluster.class,
            "postgresql.cnpg.io/v1/ScheduledBackup", ScheduledBackup.class,
            "barmancloud.cnpg.io/v1/ObjectStore", ObjectStore.class,
            "k8s.keycloak.org/v2alpha1/Keycloak", Keycloak.class,
            "k8s.keycloak.org/v2alpha1/KeycloakRealmImport", KeycloakRealmImport.class);

    /** A key of a Secret in the same namespace. */
    record SecretKey(String name, String key, Boolean optional) {
    }

    // --- CloudNativePG ----------------------------------------------------------------------------------------

    record Cluster(String apiVersion, String kind, ObjectMeta metadata, ClusterSpec spec) {
    }

    record ClusterSpec(Integer instances, String imageName, String primaryUpdateStrategy, Bootstrap bootstrap,
            Postgres postgresql, Storage storage, Storage walStorage, ResourceRequirements resources,
            Affinity affinity, List<Plugin> plugins, List<ExternalCluster> externalClusters,
            Boolean enableSuperuserAccess, String description) {
    }

    record Bootstrap(InitDb initdb, Recovery recovery) {
    }

    record InitDb(String database, String owner, SecretRef secret, String encoding, String localeCollate,
            String localeCType) {
    }

    record SecretRef(String name) {
    }

    record Recovery(String source, String database, String owner, SecretRef secret, RecoveryTarget recoveryTarget) {
    }

    record RecoveryTarget(String targetTime, String targetLSN, String targetName, String targetXID,
            Boolean targetImmediate, Boolean exclusive, String backupID) {
    }

    record Postgres(Map<String, String> parameters, Synchronous synchronous, List<String> pg_hba) {
    }

    record Synchronous(String method, Integer number, String dataDurability, Integer maxStandbyNamesFromCluster) {
    }

    record Storage(String size, String storageClass, Boolean resizeInUseVolumes) {
    }

    record Affinity(Boolean enablePodAntiAffinity, String topologyKey, String podAntiAffinityType,
            Map<String, String> nodeSelector) {
    }

    /** spec.plugins[] and externalClusters[].plugin (PluginConfiguration). */
    record Plugin(String name, Boolean enabled, Boolean isWALArchiver, Map<String, String> parameters) {
    }

    record ExternalCluster(String name, Plugin plugin, Map<String, String> connectionParameters) {
    }

    record ScheduledBackup(String apiVersion, String kind, ObjectMeta metadata, ScheduledBackupSpec spec) {
    }

    record ScheduledBackupSpec(String schedule, Boolean immediate, Boolean suspend, String backupOwnerReference,
            SecretRef cluster, String method, String target, PluginRef pluginConfiguration) {
    }

    record PluginRef(String name, Map<String, String> parameters) {
    }

    record ObjectStore(String apiVersion, String kind, ObjectMeta metadata, ObjectStoreSpec spec) {
    }

    record ObjectStoreSpec(String retentionPolicy, BarmanObjectStore configuration) {
    }

    record BarmanObjectStore(String destinationPath, String endpointURL, S3Credentials s3Credentials,
            BarmanWal wal, BarmanData data, String serverName) {
    }

    record S3Credentials(SecretKey accessKeyId, SecretKey secretAccessKey, SecretKey region, SecretKey sessionToken,
            Boolean inheritFromIAMRole) {
    }

    record BarmanWal(String compression, String encryption, Integer maxParallel) {
    }

    record BarmanData(String compression, String encryption, Integer jobs, Boolean immediateCheckpoint) {
    }

    // --- Keycloak Operator ------------------------------------------------------------------------------------

    record Keycloak(String apiVersion, String kind, ObjectMeta metadata, KeycloakSpec spec) {
    }

    record KeycloakSpec(Integer instances, String image, KeycloakDb db, KeycloakHttp http, KeycloakHostname hostname,
            KeycloakProxy proxy, KeycloakIngress ingress, ResourceRequirements resources,
            List<KeycloakOption> additionalOptions) {
    }

    record KeycloakDb(String vendor, String host, Integer port, String database, String schema, String url,
            SecretKey usernameSecret, SecretKey passwordSecret, Integer poolMinSize, Integer poolMaxSize) {
    }

    record KeycloakHttp(Boolean httpEnabled, Integer httpPort, Integer httpsPort, String tlsSecret) {
    }

    record KeycloakHostname(String hostname, String admin, Boolean strict, Boolean backchannelDynamic) {
    }

    record KeycloakProxy(String headers) {
    }

    record KeycloakIngress(Boolean enabled, String className, Map<String, String> annotations) {
    }

    record KeycloakOption(String name, String value, SecretKey secret) {
    }

    record KeycloakRealmImport(String apiVersion, String kind, ObjectMeta metadata, RealmImportSpec spec) {
    }

    /** realm: Keycloak's RealmRepresentation, checked against backend/keycloak/childplan-realm.json (RealmImport). */
    record RealmImportSpec(String keycloakCRName, JsonNode realm, Map<String, Placeholder> placeholders) {
    }

    record Placeholder(SecretKey secret) {
    }
}
