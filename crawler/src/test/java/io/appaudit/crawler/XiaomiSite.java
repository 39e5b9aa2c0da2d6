package io.appaudit.crawler;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * A Xiaomi store of {@code n} apps on WireMock, in the store's real formats: category 1's list pages
 * ({@code categotyAllListApi}, the fixture's shape) and a details page per app made from the adapter's
 * details-2025.html fixture (package, app id, name and related apps swapped in), with ETags that answer 304, the
 * /download/&lt;id&gt; redirect to a CDN file named after the package, and the privacy page. Store URLs are served
 * under {@code /<host>/…} for fetch.replay-base.
 */
public final class XiaomiSite {

    public static final String CATEGORY = "1";
    private static final ObjectMapper JSON = new ObjectMapper();

    private XiaomiSite() {
    }

    public static String pkg(int i) {
        return "com.example.app" + i;
    }

    public static long appId(int i) {
        return 500_000L + i;
    }

    public static String fixture(String path) {
        try (InputStream in = XiaomiSite.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Missing fixture " + path + " (stores test-jar)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Serves the store; returns the number of list pages. */
    public static int serve(WireMockServer wm, int n, int pageSize) {
        String template = fixture("/xiaomi/details-2025.html");
        int pages = (n + pageSize - 1) / pageSize;
        for (int p = 0; p < pages; p++) {
            wm.stubFor(get(urlPathEqualTo("/app.mi.com/categotyAllListApi")).withQueryParam("page", equalTo("" + p))
                    .withQueryParam("categoryId", equalTo(CATEGORY))
                    .willReturn(aResponse().withHeader("Content-Type", "application/json;charset=UTF-8")
                            .withBody(listPage(n, p, pageSize, p < pages - 1))));
        }
        for (int i = 0; i < n; i++) {
            String etag = "\"" + pkg(i) + "-v1\"";
            String html = template.replace("com.tencent.mobileqq", pkg((i + 1) % n))
                    .replace("com.sina.weibo", pkg((i + 2) % n)).replace("com.tencent.wework", pkg((i + 3) % n))
                    .replace("com.tencent.mm", pkg(i)).replace("1122", Long.toString(appId(i)))
                    .replace("微信", "示例应用" + i);
            wm.stubFor(get(urlPathEqualTo("/app.mi.com/details")).withQueryParam("id", equalTo(pkg(i)))
                    .willReturn(aResponse().withHeader("Content-Type", "text/html; charset=utf-8")
                            .withHeader("ETag", etag).withBody(html)));
            wm.stubFor(get(urlPathEqualTo("/app.mi.com/details")).withQueryParam("id", equalTo(pkg(i)))
                    .withHeader("If-None-Match", equalTo(etag)).atPriority(1)
                    .willReturn(aResponse().withStatus(304).withHeader("ETag", etag)));
            wm.stubFor(any(urlPathEqualTo("/app.mi.com/download/" + appId(i))).willReturn(aResponse().withStatus(302)
                    .withHeader("Location", "https://f5.market.xiaomi.com/download/AppStore/0a1b/" + pkg(i) + ".apk")));
        }
        wm.stubFor(any(urlPathMatching("/f5\\.market\\.xiaomi\\.com/download/.*"))
                .willReturn(aResponse().withHeader("Content-Type", "application/vnd.android.package-archive")
                        .withBody(new byte[64 * 1024])));
        wm.stubFor(get(urlPathEqualTo("/weixin.qq.com/cgi-bin/readtemplate"))
                .willReturn(aResponse().withHeader("Content-Type", "text/html").withBody("<h1>隐私政策</h1>")));
        wm.stubFor(get(urlPathEqualTo("/app.mi.com/robots.txt")).willReturn(aResponse().withStatus(404)));
        return pages;
    }

    private static String listPage(int n, int page, int pageSize, boolean hasNext) {
        ObjectNode root = JSON.createObjectNode();
        root.put("count", n);
        ArrayNode data = root.putArray("data");
        for (int i = page * pageSize; i < Math.min(n, (page + 1) * pageSize); i++) {
            ObjectNode a = data.addObject();
            a.put("appId", appId(i));
            a.put("displayName", "示例应用" + i);
            a.put("icon", "https://file.market.xiaomi.com/thumbnail/PNG/l62/AppStore/0a" + i);
            a.put("level1CategoryName", "实用工具");
            a.put("packageName", pkg(i));
        }
        root.put("hasNext", hasNext);
        return root.toString();
    }
}
