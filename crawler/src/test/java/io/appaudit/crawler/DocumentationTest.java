package io.appaudit.crawler;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.appaudit.indexer.layout.IndexLayout;
import io.appaudit.stores.StoreId;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the documentation true: docs/configuration.md's key table holds every key of defaults.yaml (and of each
 * store's own defaults, beside its module) and no key that does not exist; docs/ documents every index field; every
 * link between the README and docs/ leads to a file and a heading that exist.
 */
class DocumentationTest {

    private static final Path ROOT = Path.of("..");
    /** A row of the key table: {@code | `key` | `default` | meaning |}. */
    private static final Pattern KEY_ROW = Pattern.compile("(?m)^\\| `([a-z0-9.<>-]+)` \\|");
    /** A key every store has; a store's own sections (OPPO's signing, vivo's id range) are documented by name. */
    private static final Pattern STORE_KEY = Pattern.compile("stores\\.("
            + Arrays.stream(StoreId.values()).map(StoreId::id).collect(Collectors.joining("|"))
            + ")\\.(?!signing|id-range)");
    /** A Markdown link to a local file, with an optional heading: {@code [text](path#anchor)}. */
    private static final Pattern LINK = Pattern.compile("\\]\\((?!https?:)([^)#\\s]*)(?:#([^)\\s]+))?\\)");

    private static String read(String path) throws IOException {
        return Files.readString(ROOT.resolve(path));
    }

    private static List<String> defaultKeys() throws IOException {
        JsonNode defaults;
        try (InputStream in = DocumentationTest.class.getResourceAsStream("/io/appaudit/crawler/defaults.yaml")) {
            defaults = new ObjectMapper(new YAMLFactory()).readTree(in);
        }
        List<String> keys = new ArrayList<>();
        leaves("", defaults, keys);
        for (StoreId store : StoreId.values()) {
            try (InputStream in = store.module().defaults().openStream()) {
                leaves("stores." + store.id(), new ObjectMapper(new YAMLFactory()).readTree(in), keys);
            }
        }
        return keys.stream().map(k -> STORE_KEY.matcher(k).replaceFirst("stores.<store>."))
                .distinct().toList();
    }

    private static void leaves(String prefix, JsonNode n, List<String> out) {
        if (n.isObject()) {
            n.properties().forEach(e -> leaves(prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey(),
                    e.getValue(), out));
        } else {
            out.add(prefix);
        }
    }

    private static List<String> documentedKeys() throws IOException {
        Matcher m = KEY_ROW.matcher(read("docs/configuration.md"));
        List<String> keys = new ArrayList<>();
        while (m.find()) {
            keys.add(m.group(1));
        }
        return keys;
    }

    @Test
    void theConfigurationTableDocumentsEveryKeyOfTheDefaults() throws IOException {
        assertThat(documentedKeys()).as("keys in docs/configuration.md").containsAll(defaultKeys());
    }

    @Test
    void theConfigurationTableDocumentsNoKeyThatDoesNotExist() throws IOException {
        List<String> keys = defaultKeys();
        assertThat(documentedKeys()).as("keys in docs/configuration.md, against defaults.yaml")
                .allSatisfy(k -> assertThat(keys).as("defaults.yaml").contains(k));
    }

    @Test
    void documentsEveryIndexedField() throws IOException {
        String docs = allDocs().values().stream().collect(Collectors.joining("\n"));
        ObjectMapper json = new ObjectMapper();
        for (String resource : IndexLayout.templateResources()) {
            JsonNode props = json.readTree(IndexLayout.templateJson(resource, "appaudit"))
                    .path("template").path("mappings").path("properties");
            props.fieldNames().forEachRemaining(f ->
                    assertThat(docs).as("docs/ documents field %s of %s", f, resource).contains("`" + f));
        }
    }

    @Test
    void everyLinkLeadsToAFileAndAHeadingThatExist() throws IOException {
        for (Map.Entry<Path, String> doc : allDocs().entrySet()) {
            Matcher m = LINK.matcher(doc.getValue());
            while (m.find()) {
                Path target = m.group(1).isEmpty() ? doc.getKey()
                        : doc.getKey().getParent().resolve(m.group(1)).normalize();
                assertThat(target).as("%s links to %s", doc.getKey(), m.group()).exists();
                if (m.group(2) != null && target.toString().endsWith(".md")) {
                    assertThat(anchors(Files.readString(target))).as("%s links to %s", doc.getKey(), m.group())
                            .contains(m.group(2));
                }
            }
        }
    }

    @Test
    void theReadmeIsAFrontPageOfAFewHundredLinesAtMost() throws IOException {
        assertThat(read("README.md").lines().count()).isLessThanOrEqualTo(300);
    }

    /** README.md, BENCHMARKS.md and every file in docs/, by path. */
    private static Map<Path, String> allDocs() throws IOException {
        List<Path> files = new ArrayList<>(List.of(ROOT.resolve("README.md"), ROOT.resolve("BENCHMARKS.md")));
        try (Stream<Path> s = Files.list(ROOT.resolve("docs"))) {
            s.filter(p -> p.toString().endsWith(".md")).sorted().forEach(files::add);
        }
        Map<Path, String> texts = new java.util.LinkedHashMap<>();
        for (Path f : files) {
            texts.put(f.normalize(), Files.readString(f));
        }
        return texts;
    }

    /** GitHub's anchors of a Markdown file's headings (outside code blocks). */
    private static List<String> anchors(String markdown) {
        List<String> anchors = new ArrayList<>();
        boolean code = false;
        for (String line : markdown.split("\n")) {
            if (line.startsWith("```")) {
                code = !code;
            } else if (!code && line.matches("#{1,6} .*")) {
                String heading = line.replaceFirst("#+ ", "").strip().toLowerCase(java.util.Locale.ROOT);
                anchors.add(heading.replaceAll("[^\\p{L}\\p{N}_\\- ]", "").replace(' ', '-'));
            }
        }
        return anchors;
    }
}
