package io.appaudit.stores.huawei;

import io.appaudit.stores.StoreResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;

/** Reads this store's fixtures from the classpath and wraps them as responses. */
final class HuaweiFixtures {

    static final String WECHAT = "getTabDetail_app_C5683_wechat_2025-12.json";
    static final String DRIFTED = "getTabDetail_app_C5683_drifted.json";
    static final String NOT_LISTED = "getTabDetail_app_not_listed.json";
    static final String TAB_PAGE_1 = "getTabDetail_tab_page1.json";
    static final String TAB_PAGE_2 = "getTabDetail_tab_page2.json";
    static final String TOKEN_EXPIRED = "getTabDetail_token_expired.json";
    static final String TOKEN = "getInterfaceCode_token.txt";
    static final String CAPTCHA = "captcha_verification.html";
    static final String LEGACY_HTML = "legacy_appstore_detail_C100165147_2019-05_EXCERPT.html";

    /** The made-up JWT inside {@link #TOKEN}. */
    static final String TOKEN_VALUE = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9."
            + "eyJzdWIiOiJhcHBhdWRpdC1maXh0dXJlIiwiaWF0IjoxNzY1OTYwMDAwfQ.bm90LWEtcmVhbC1zaWduYXR1cmU";

    static final String WECHAT_URL = "https://web-drcn.hispace.dbankcloud.com/edge/uowap/index"
            + "?method=internal.getTabDetail&serviceType=20&reqPageNum=1&uri=app%7CC5683&maxResults=25&zone=&locale=zh";
    static final Instant FETCHED_AT = Instant.parse("2025-12-17T09:30:00Z");

    private HuaweiFixtures() {
    }

    static byte[] bytes(String name) {
        try (InputStream in = HuaweiFixtures.class.getResourceAsStream("/huawei/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("No fixture /huawei/" + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static StoreResponse response(String url, String name) {
        return response(url, 200, bytes(name));
    }

    static StoreResponse response(String url, int status, byte[] body) {
        return new StoreResponse(url, status, Map.of(), body, FETCHED_AT);
    }

    static StoreResponse response(String url, int status, String body) {
        return response(url, status, body.getBytes(StandardCharsets.UTF_8));
    }
}
