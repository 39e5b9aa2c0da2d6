package io.appaudit.stores.xiaomi;

import io.appaudit.stores.AppRef;
import io.appaudit.stores.StoreId;
import io.appaudit.stores.StoreResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;

/** The Xiaomi fixtures on the classpath ({@code /xiaomi/…}), and responses made from them. */
final class Fixtures {

    static final Instant FETCHED = Instant.parse("2025-06-01T08:00:00Z");

    private Fixtures() {
    }

    static byte[] bytes(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/xiaomi/" + name)) {
            if (in == null) {
                throw new IllegalStateException("No fixture /xiaomi/" + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(String name) {
        return new String(bytes(name), StandardCharsets.UTF_8);
    }

    static StoreResponse response(String url, int status, byte[] body) {
        return new StoreResponse(url, status, Map.of("Content-Type", "text/html; charset=utf-8"), body, FETCHED);
    }

    static StoreResponse ok(String url, String body) {
        return response(url, 200, body.getBytes(StandardCharsets.UTF_8));
    }

    static AppRef app(String pkg) {
        return AppRef.of(StoreId.XIAOMI, pkg);
    }

    static String detailsUrl(String pkg) {
        return "https://app.mi.com/details?id=" + pkg;
    }
}
