package vn.childplan.deploy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Path;

/**
 * deploy/keycloak/realm-import.yaml, derived from backend/keycloak/childplan-realm.json (the realm of ./run.sh,
 * compose and the browser tests), so the two never drift: the same roles, clients, mappers and user profile. What
 * is for local runs and demos only is left out or replaced: the demo users (password "demo"), the childplan-cli
 * client (password grant), the integration client's demo secret (a placeholder the operator fills from the Secret
 * childplan-realm) and the SPA's localhost addresses (the public one instead).
 */
final class RealmImport {
    static final Path SOURCE = Path.of("keycloak", "childplan-realm.json");
    static final Path TARGET = Manifests.DEPLOY.resolve("keycloak/realm-import.yaml");
    static final String SPA_URL = "https://childplan.example.gov.vn";
    static final String SECRET_PLACEHOLDER = "CHILDPLAN_INTEGRATION_CLIENT_SECRET";
    private static final String HEADER = """
            # GENERATED from backend/keycloak/childplan-realm.json by ManifestsTest: do not edit. After changing the realm,
            # regenerate with  cd backend && ./mvnw -B test -Dtest=ManifestsTest -Ddeploy.update=true
            # Left out for production: the demo users, the childplan-cli client (password grant) and the integration
            # client's demo secret (filled from the Secret childplan-realm). The operator imports a realm only when it does
            # not exist yet: later changes to a running realm go through the admin console (or a new realm).
            """;

    private RealmImport() {
    }

    static String generate() throws IOException {
        ObjectNode realm = (ObjectNode) new ObjectMapper().readTree(SOURCE.toFile());
        realm.remove("users");
        ArrayNode clients = (ArrayNode) realm.get("clients");
        for (int i = clients.size() - 1; i >= 0; i--) {
            ObjectNode client = (ObjectNode) clients.get(i);
            switch (client.path("clientId").asText()) {
                case "childplan-cli" -> clients.remove(i);
                case "childplan-integration" -> client.put("secret", "${" + SECRET_PLACEHOLDER + "}");
                case "childplan-spa" -> {
                    client.putArray("redirectUris").add(SPA_URL + "/*");
                    client.putArray("webOrigins").add(SPA_URL);
                }
                default -> {
                }
            }
        }
        ObjectNode resource = Manifests.YAML.createObjectNode();
        resource.put("apiVersion", "k8s.keycloak.org/v2alpha1").put("kind", "KeycloakRealmImport");
        resource.putObject("metadata").put("name", "childplan-realm");
        ObjectNode spec = resource.putObject("spec");
        spec.put("keycloakCRName", "childplan-keycloak");
        spec.set("realm", realm);
        spec.putObject("placeholders").putObject(SECRET_PLACEHOLDER).putObject("secret")
                .put("name", "childplan-realm").put("key", "integration-client-secret");
        return HEADER + YAML_WRITER.writeValueAsString(resource);
    }

    private static final YAMLMapper YAML_WRITER = YAMLMapper.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
            .build();
}
