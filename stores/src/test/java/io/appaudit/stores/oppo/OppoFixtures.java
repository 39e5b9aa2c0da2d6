package io.appaudit.stores.oppo;

import io.appaudit.stores.StoreResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;

/** Fixture bytes from the classpath, and responses made of them. */
final class OppoFixtures {

    static final Instant FETCHED = Instant.parse("2025-12-01T08:00:00Z");

    private OppoFixtures() {
    }

    static byte[] bytes(String name) {
        try (InputStream in = OppoFixtures.class.getResourceAsStream("/oppo/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("No fixture /oppo/" + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(String name) {
        return new String(bytes(name), StandardCharsets.UTF_8);
    }

    static StoreResponse ok(String url, String fixture) {
        return StoreResponse.ok(url, bytes(fixture), FETCHED);
    }

    static StoreResponse ok(String url, byte[] body) {
        return StoreResponse.ok(url, body, FETCHED);
    }

    static StoreResponse okText(String url, String body) {
        return StoreResponse.ok(url, body.getBytes(StandardCharsets.UTF_8), FETCHED);
    }

    static StoreResponse status(String url, int status, String body) {
        return new StoreResponse(url, status, Map.of(), body.getBytes(StandardCharsets.UTF_8), FETCHED);
    }

    static StoreResponse typed(String url, String contentType, byte[] body) {
        return new StoreResponse(url, 200, Map.of("Content-Type", contentType), body, FETCHED);
    }
}
