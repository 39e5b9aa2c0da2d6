package io.appaudit.crawler;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.appaudit.indexer.layout.IndexLayout;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Keeps the README true: every configuration key and every index field it must document is there. */
class ReadmeTest {

    private static String readme() throws IOException {
        return Files.readString(Path.of("..", "README.md"));
    }

    private static void leaves(String prefix, JsonNode n, List<String> out) {
        if (n.isObject()) {
            n.fields().forEachRemaining(e -> leaves(prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey(),
                    e.getValue(), out));
        } else {
            out.add(prefix);
        }
    }

    @Test
    void documentsEveryConfigurationKey() throws IOException {
        JsonNode defaults;
        try (InputStream in = getClass().getResourceAsStream("/io/appaudit/crawler/defaults.yaml")) {
            defaults = new ObjectMapper(new YAMLFactory()).readTree(in);
        }
        List<String> keys = new ArrayList<>();
        leaves("", defaults, keys);
        String readme = readme();
        for (String key : keys) {
            String documented = key.matches("stores\\.(tencent|xiaomi|oppo|huawei|vivo)\\.(?!signing).*")
                    ? key.replaceFirst("stores\\.[a-z]+\\.", "stores.<store>.") : key;
            assertThat(readme).as("README documents %s", key).contains("`" + documented + "`");
        }
    }

    @Test
    void documentsEveryIndexedField() throws IOException {
        String readme = readme();
        ObjectMapper json = new ObjectMapper();
        for (String resource : IndexLayout.templateResources()) {
            JsonNode props = json.readTree(IndexLayout.templateJson(resource, "appaudit"))
                    .path("template").path("mappings").path("properties");
            props.fieldNames().forEachRemaining(f ->
                    assertThat(readme).as("README documents field %s of %s", f, resource).contains("`" + f));
        }
    }
}
