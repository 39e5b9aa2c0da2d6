package io.appaudit.stores.vivo;

import io.appaudit.stores.AppRef;
import io.appaudit.stores.StoreId;
import io.appaudit.stores.StoreResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The vivo fixtures on the classpath, as responses the adapter reads. */
final class VivoFixtures {

    static final Instant FETCHED_AT = Instant.parse("2026-01-10T02:00:00Z");
    static final List<String> ALL = List.of("vivo-detail.fixture.json", "vivo-missing.fixture.json",
            "vivo-search.fixture.json", "vivo-search-empty.fixture.json", "vivo-detail-full.json",
            "vivo-detail-wrapped.json", "vivo-detail-drift.json", "vivo-search-page1.json", "vivo-search-page3.json",
            "vivo-search-drift.json", "vivo-captcha.html", "vivo-bad-gateway.html");

    private VivoFixtures() {
    }

    static byte[] bytes(String name) {
        try (InputStream in = VivoFixtures.class.getResourceAsStream("/vivo/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("No fixture /vivo/" + name);
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
        return StoreResponse.ok(url, bytes(fixture), FETCHED_AT);
    }

    static StoreResponse okText(String url, String body) {
        return StoreResponse.ok(url, body.getBytes(StandardCharsets.UTF_8), FETCHED_AT);
    }

    static StoreResponse withStatus(String url, int status, String fixture) {
        return new StoreResponse(url, status, Map.of("Content-Type", "text/html; charset=utf-8"), bytes(fixture),
                FETCHED_AT);
    }

    static AppRef app(String id) {
        return AppRef.of(StoreId.VIVO, id);
    }

    static String detailUrl(String id) {
        return "https://h5-api.appstore.vivo.com.cn/detail/" + id + "?frompage=messageh5&app_version=2100";
    }
}
