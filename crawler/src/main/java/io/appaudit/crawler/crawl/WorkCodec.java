package io.appaudit.crawler.crawl;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.appaudit.crawler.evidence.WarcLocation;
import io.appaudit.stores.AppRef;
import io.appaudit.stores.EvidenceRef;
import io.appaudit.stores.ListItem;
import io.appaudit.stores.StoreId;
import io.appaudit.stores.StoreRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The JSON the crawl state keeps work items and captures in. */
final class WorkCodec {

    private static final ObjectMapper JSON = new ObjectMapper();

    private WorkCodec() {
    }

    static String encode(WorkItem w) {
        ObjectNode n = JSON.createObjectNode();
        n.put("kind", w.kind().name());
        n.put("chain", w.chain());
        n.put("depth", w.depth());
        StoreRequest r = w.request();
        ObjectNode req = n.putObject("request");
        req.put("store", r.store().id());
        req.put("purpose", r.purpose().name());
        req.put("method", r.method());
        req.put("url", r.url());
        ObjectNode headers = req.putObject("headers");
        r.headers().forEach(headers::put);
        r.body().ifPresent(b -> req.put("body", Base64.getEncoder().encodeToString(b)));
        w.app().ifPresent(a -> {
            ObjectNode app = n.putObject("app");
            app.put("store", a.store().id());
            app.put("id", a.storeAppId());
            a.packageName().ifPresent(p -> app.put("package", p));
            a.name().ifPresent(p -> app.put("name", p));
            app.put("via", a.via());
            a.item().ifPresent(i -> encodeItem(i, app.putObject("item")));
        });
        return n.toString();
    }

    static WorkItem decode(String json) {
        JsonNode n = read(json);
        JsonNode req = n.path("request");
        Map<String, String> headers = new LinkedHashMap<>();
        req.path("headers").properties().forEach(e -> headers.put(e.getKey(), e.getValue().asText()));
        Optional<byte[]> body = req.hasNonNull("body")
                ? Optional.of(Base64.getDecoder().decode(req.get("body").asText())) : Optional.empty();
        StoreRequest request = new StoreRequest(StoreId.of(req.path("store").asText()),
                StoreRequest.Purpose.valueOf(req.path("purpose").asText()), req.path("method").asText(),
                req.path("url").asText(), headers, body);
        Optional<AppRef> app = Optional.empty();
        if (n.hasNonNull("app")) {
            JsonNode a = n.get("app");
            app = Optional.of(new AppRef(StoreId.of(a.path("store").asText()), a.path("id").asText(),
                    text(a, "package"), text(a, "name"), a.path("via").asText(),
                    a.hasNonNull("item") ? Optional.of(decodeItem(a.get("item"))) : Optional.empty()));
        }
        return new WorkItem(WorkItem.Kind.valueOf(n.path("kind").asText()), request, app, n.path("chain").asText(),
                n.path("depth").asInt());
    }

    static String encode(WarcLocation at, boolean notModified) {
        ObjectNode n = JSON.createObjectNode();
        n.put("file", at.file());
        n.put("offset", at.offset());
        n.put("record_id", at.recordId());
        n.put("sha256", at.payloadSha256());
        n.put("not_modified", notModified);
        return n.toString();
    }

    /** A capture: where it is, and whether it was a 304 read back from an earlier run. */
    record Captured(WarcLocation location, boolean notModified) {
    }

    static Captured decodeCapture(String json) {
        JsonNode n = read(json);
        return new Captured(new WarcLocation(n.path("file").asText(), n.path("offset").asLong(),
                n.path("record_id").asText(), n.path("sha256").asText()), n.path("not_modified").asBoolean());
    }

    private static void encodeItem(ListItem i, ObjectNode n) {
        i.versionName().ifPresent(v -> n.put("version", v));
        i.downloads().ifPresent(v -> n.put("downloads", v));
        i.rating().ifPresent(v -> n.put("rating", v));
        i.developer().ifPresent(v -> n.put("developer", v));
        i.category().ifPresent(v -> n.put("category", v));
        i.updatedAt().ifPresent(v -> n.put("updated_at", v.toString()));
        i.sizeBytes().ifPresent(v -> n.put("size_bytes", v));
        i.seen().ifPresent(seen -> {
            n.put("list_url", seen.listUrl());
            n.put("seen_at", seen.at().toString());
            seen.evidence().ifPresent(e -> {
                n.put("warc_file", e.warcFile());
                n.put("record_id", e.recordId());
                n.put("sha256", e.payloadSha256());
            });
        });
    }

    private static ListItem decodeItem(JsonNode n) {
        ListItem item = new ListItem(text(n, "version"),
                n.hasNonNull("downloads") ? Optional.of(n.get("downloads").asLong()) : Optional.empty(),
                n.hasNonNull("rating") ? Optional.of(n.get("rating").asDouble()) : Optional.empty(),
                text(n, "developer"), text(n, "category"), text(n, "updated_at").map(OffsetDateTime::parse),
                n.hasNonNull("size_bytes") ? Optional.of(n.get("size_bytes").asLong()) : Optional.empty(),
                Optional.empty());
        if (!n.hasNonNull("list_url")) {
            return item;
        }
        Optional<EvidenceRef> evidence = n.hasNonNull("warc_file") ? Optional.of(new EvidenceRef(
                n.get("warc_file").asText(), n.path("record_id").asText(), n.path("sha256").asText()))
                : Optional.empty();
        return item.seenOn(n.get("list_url").asText(), Instant.parse(n.path("seen_at").asText()), evidence);
    }

    private static Optional<String> text(JsonNode n, String field) {
        return n.hasNonNull(field) ? Optional.of(n.get(field).asText()) : Optional.empty();
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException("Corrupt crawl state entry: " + json, e);
        }
    }
}
