package io.appaudit.crawler.lookup;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.appaudit.indexer.notices.NoticeBatch;
import io.appaudit.indexer.notices.NoticeBatchFile;
import io.appaudit.indexer.notices.Sighting;
import io.appaudit.stores.StoreId;
import java.io.IOException;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The imported notice batches and what each follow-up look-up saw, in the data folder: {@code notices/<batch>.csv}
 * (the imported file as given) and {@code notices/<batch>.sightings.jsonl} (one line per app, store and look-up).
 */
public final class NoticeBook {

    /** One sighting of one named app (by its line in the batch file) in one store. */
    public record Entry(int appLine, StoreId store, String packageName, Sighting sighting) {
    }

    private final Path folder;
    private final ObjectMapper json = new ObjectMapper();

    public NoticeBook(Path dataDir) {
        this.folder = dataDir.resolve("notices");
    }

    /** Keeps the file's batches; a batch imported again is replaced (its sightings are kept). */
    public List<NoticeBatch> importFile(Path file) throws IOException {
        List<NoticeBatch> batches = NoticeBatchFile.read(file);
        Files.createDirectories(folder);
        for (NoticeBatch b : batches) {
            Files.copy(file, folder.resolve(b.id() + ".csv"), StandardCopyOption.REPLACE_EXISTING);
        }
        return batches;
    }

    public Optional<NoticeBatch> batch(String id) {
        if (!NoticeBatch.ID.matcher(id).matches() || !Files.isRegularFile(folder.resolve(id + ".csv"))) {
            return Optional.empty();
        }
        return NoticeBatchFile.read(folder.resolve(id + ".csv")).stream().filter(b -> b.id().equals(id)).findFirst();
    }

    /** Every imported batch, by id. */
    public List<NoticeBatch> batches() throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".csv")).sorted()
                    .map(n -> batch(n.substring(0, n.length() - 4))).flatMap(Optional::stream).toList();
        }
    }

    public void record(String batchId, List<Entry> entries) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (Entry e : entries) {
            ObjectNode o = json.createObjectNode();
            o.put("at", e.sighting().at().toString());
            o.put("app_line", e.appLine());
            o.put("store", e.store().id());
            o.put("package", e.packageName());
            o.put("presence", e.sighting().presence().name());
            e.sighting().checksFailed().forEach(o.putArray("failed")::add);
            e.sighting().checksPassed().forEach(o.putArray("passed")::add);
            sb.append(json.writeValueAsString(o)).append('\n');
        }
        Files.createDirectories(folder);
        Files.writeString(folder.resolve(batchId + ".sightings.jsonl"), sb, StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    public List<Entry> sightings(String batchId) throws IOException {
        Path f = folder.resolve(batchId + ".sightings.jsonl");
        if (!Files.isRegularFile(f)) {
            return List.of();
        }
        List<Entry> out = new ArrayList<>();
        for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode n = json.readTree(line);
            out.add(new Entry(n.path("app_line").asInt(), StoreId.of(n.path("store").asText()),
                    n.path("package").asText(), new Sighting(Instant.parse(n.path("at").asText()),
                    Sighting.Presence.valueOf(n.path("presence").asText()), texts(n.path("failed")),
                    texts(n.path("passed")))));
        }
        return out;
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(x -> out.add(x.asText()));
        return out;
    }
}
