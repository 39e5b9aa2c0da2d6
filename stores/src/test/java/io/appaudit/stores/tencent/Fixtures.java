package io.appaudit.stores.tencent;

import io.appaudit.stores.AppRef;
import io.appaudit.stores.StoreId;
import io.appaudit.stores.StoreResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;

/** Reads the Tencent fixtures from the classpath and wraps them as store responses. */
final class Fixtures {

    static final Instant FETCHED_AT = Instant.parse("2025-11-28T02:00:00Z");
    static final String ALIPAY = "com.eg.android.AlipayGphone";
    static final String WECHAT = "com.tencent.mm";
    static final String ALIPAY_PAGE = "appdetail-com.eg.android.AlipayGphone.html";
    static final String ALIPAY_SUPPLEMENT = "a.app.qq.com-simple.jsp-com.eg.android.AlipayGphone.html";

    private Fixtures() {
    }

    static byte[] bytes(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/tencent/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("No fixture /tencent/" + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(String name) {
        return new String(bytes(name), StandardCharsets.UTF_8);
    }

    static AppRef app(String pkg) {
        return AppRef.of(StoreId.TENCENT, pkg);
    }

    static String detailUrl(String pkg) {
        return "https://sj.qq.com/appdetail/" + pkg;
    }

    static String supplementUrl(String pkg) {
        return "https://a.app.qq.com/o/simple.jsp?pkgname=" + pkg;
    }

    static StoreResponse ok(String url, String body) {
        return StoreResponse.ok(url, body.getBytes(StandardCharsets.UTF_8), FETCHED_AT);
    }

    static StoreResponse ok(String url, byte[] body) {
        return StoreResponse.ok(url, body, FETCHED_AT);
    }

    static StoreResponse status(String url, int status, String body) {
        return new StoreResponse(url, status, Map.of(), body.getBytes(StandardCharsets.UTF_8), FETCHED_AT);
    }

    static StoreResponse detail(String pkg, String fixture) {
        return ok(detailUrl(pkg), text(fixture));
    }

    static StoreResponse supplement(String pkg, String fixture) {
        return ok(supplementUrl(pkg), text(fixture));
    }

    /** An sj.qq.com page around a __NEXT_DATA__ JSON document, as the search page serves it. */
    static String nextDataPage(String json) {
        return "<!DOCTYPE html><html><head><title>搜索-应用宝官网</title></head><body><div id=\"__next\"></div>"
                + "<script id=\"__NEXT_DATA__\" type=\"application/json\">" + json + "</script></body></html>";
    }
}
