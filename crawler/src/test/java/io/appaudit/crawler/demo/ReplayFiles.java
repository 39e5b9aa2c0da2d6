package io.appaudit.crawler.demo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The replay being written, in WireMock's root-dir layout: stub files under {@code mappings/} (several stubs per
 * file, {@code {"mappings": [...]}}) and response bodies under {@code __files/}. Stubs with the same request are
 * written once, so two controls sharing a URL share its stub. Output is byte-for-byte reproducible.
 */
final class ReplayFiles {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper PRETTY = new ObjectMapper().setDefaultPrettyPrinter(new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n")));

    private final Map<String, Map<String, ObjectNode>> mappings = new TreeMap<>();
    private final Map<String, byte[]> files = new TreeMap<>();

    static ObjectNode object() {
        return JsonNodeFactory.instance.objectNode();
    }

    static ArrayNode array() {
        return JsonNodeFactory.instance.arrayNode();
    }

    /** Adds a stub to a mapping file, unless a stub with the same request is there already. */
    void stub(String mappingFile, ObjectNode stub) {
        mappings.computeIfAbsent(mappingFile, k -> new LinkedHashMap<>())
                .putIfAbsent(stub.get("request").toString(), stub);
    }

    /** Adds a response body under {@code __files/}; returns the name stubs refer to it by. */
    String body(String name, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        byte[] before = files.putIfAbsent(name, bytes);
        if (before != null && !Arrays.equals(before, bytes)) {
            throw new IllegalStateException("two different bodies named " + name);
        }
        return name;
    }

    /** Compact JSON, as the stores send it. */
    static String compact(JsonNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("JSON of a tree cannot fail", e);
        }
    }

    int stubCount() {
        return mappings.values().stream().mapToInt(Map::size).sum();
    }

    /** Replaces {@code mappings/} and {@code __files/} under the root with what was collected. */
    void writeTo(Path root) throws IOException {
        for (String dir : new String[] {"mappings", "__files"}) {
            Path d = root.resolve(dir);
            if (Files.exists(d)) {
                try (Stream<Path> all = Files.walk(d)) {
                    all.sorted(Comparator.reverseOrder()).forEach(ReplayFiles::delete);
                }
            }
        }
        for (Map.Entry<String, Map<String, ObjectNode>> e : mappings.entrySet()) {
            ArrayNode stubs = array();
            e.getValue().values().forEach(stubs::add);
            ObjectNode file = object();
            file.set("mappings", stubs);
            write(root.resolve("mappings").resolve(e.getKey()),
                    (PRETTY.writerWithDefaultPrettyPrinter().writeValueAsString(file) + "\n")
                            .getBytes(StandardCharsets.UTF_8));
        }
        for (Map.Entry<String, byte[]> e : files.entrySet()) {
            write(root.resolve("__files").resolve(e.getKey()), e.getValue());
        }
    }

    private static void write(Path file, byte[] bytes) throws IOException {
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
    }

    private static void delete(Path p) {
        try {
            Files.delete(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
