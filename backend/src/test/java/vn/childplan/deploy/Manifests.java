package vn.childplan.deploy;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Reads Kubernetes manifests strictly. Built-in kinds go through the fabric8 Kubernetes model, whose classes keep an
 * unknown field in {@code additionalProperties} instead of refusing it: {@link #unknownFields} walks the whole object
 * and reports every such field with its path. The operators' kinds go through {@link OperatorResources}, read with
 * unknown fields refused. A kind known to neither is refused.
 */
final class Manifests {
    static final Path DEPLOY = Path.of("..", "deploy");
    static final YAMLMapper YAML = new YAMLMapper();
    private static final KubernetesSerialization KUBERNETES = new KubernetesSerialization();
    private static final ObjectMapper STRICT = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .build();

    private Manifests() {
    }

    /** One document of a manifest, read into its typed model. */
    record Resource(String source, String apiVersion, String kind, String name, Object model) {
    }

    /** The YAML documents of a file (or of kubectl's output), empty ones left out. */
    static List<JsonNode> documents(String yaml) throws IOException {
        List<JsonNode> docs = new ArrayList<>();
        try (var values = YAML.readerFor(JsonNode.class).readValues(new YAMLFactory().createParser(yaml))) {
            while (values.hasNext()) {
                JsonNode doc = (JsonNode) values.next();
                if (doc != null && !doc.isNull() && !doc.isEmpty()) {
                    docs.add(doc);
                }
            }
        }
        return docs;
    }

    /**
     * Reads every document of {@code yaml} into its model; each problem (unknown kind, unknown field, wrong type)
     * is added to {@code problems} as "source: kind/name: what".
     */
    static List<Resource> read(String source, String yaml, List<String> problems) throws IOException {
        List<Resource> resources = new ArrayList<>();
        for (JsonNode doc : documents(yaml)) {
            String apiVersion = doc.path("apiVersion").asText();
            String kind = doc.path("kind").asText();
            String where = source + ": " + kind + "/" + doc.path("metadata").path("name").asText();
            Object model;
            try {
                Class<?> custom = OperatorResources.KINDS.get(apiVersion + "/" + kind);
                model = custom != null ? STRICT.treeToValue(doc, custom) : KUBERNETES.unmarshal(doc.toString());
            } catch (IOException | RuntimeException e) {
                problems.add(where + ": " + e.getMessage().lines().findFirst().orElse(""));
                continue;
            }
            if (model instanceof GenericKubernetesResource) {
                problems.add(where + ": " + apiVersion + " " + kind + " is known neither to the Kubernetes model nor"
                        + " to OperatorResources");
                continue;
            }
            for (String field : unknownFields(model, kind)) {
                problems.add(where + ": unknown field " + field);
            }
            resources.add(new Resource(source, apiVersion, kind, doc.path("metadata").path("name").asText(), model));
        }
        return resources;
    }

    static String text(Path file) throws IOException {
        return Files.readString(file);
    }

    /** The paths of the fields the model did not know, anywhere in {@code model}. */
    static List<String> unknownFields(Object model, String path) {
        List<String> found = new ArrayList<>();
        walk(model, path, found);
        return found;
    }

    private static void walk(Object o, String path, List<String> found) {
        if (o == null || o instanceof JsonNode) {
            return; // a JsonNode holds the realm, compared whole with its source (RealmImport)
        }
        if (o instanceof Map<?, ?> map) {
            map.forEach((k, v) -> walk(v, path + "." + k, found));
            return;
        }
        if (o instanceof Collection<?> items) {
            int i = 0;
            for (Object item : items) {
                walk(item, path + "[" + i++ + "]", found);
            }
            return;
        }
        Class<?> type = o.getClass();
        if (type.isRecord()) {
            for (RecordComponent c : type.getRecordComponents()) {
                walk(invoke(c.getAccessor(), o), path + "." + c.getName(), found);
            }
            return;
        }
        if (!type.getName().startsWith("io.fabric8.kubernetes.api.model")) {
            return; // strings, numbers, enums
        }
        for (Method getter : type.getMethods()) {
            String name = getter.getName();
            if (getter.getParameterCount() != 0 || Modifier.isStatic(getter.getModifiers())
                    || !name.startsWith("get") || getter.getDeclaringClass() == Object.class) {
                continue;
            }
            Object value = invoke(getter, o);
            if (name.equals("getAdditionalProperties")) {
                ((Map<?, ?>) value).keySet().forEach(k -> found.add(path + "." + k));
            } else if (value != null && value.getClass().getName().startsWith("io.fabric8.kubernetes.api.model")
                    || value instanceof Collection<?> || value instanceof Map<?, ?>) {
                walk(value, path + "." + Character.toLowerCase(name.charAt(3)) + name.substring(4), found);
            }
        }
    }

    private static Object invoke(Method getter, Object target) {
        try {
            return getter.invoke(target);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException(getter + " of " + target.getClass(), e);
        }
    }
}
