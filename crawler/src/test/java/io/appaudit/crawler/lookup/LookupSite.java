package io.appaudit.crawler.lookup;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.client.WireMock;
import io.appaudit.crawler.XiaomiSite;

/**
 * The stores' look-up paths on WireMock, under {@code /<host>/…} for fetch.replay-base, answering with the stores
 * module's real fixtures (or replies built in the same key set).
 */
final class LookupSite {

    static final String ALIPAY = "com.eg.android.AlipayGphone";
    static final String WECHAT = "com.tencent.mm";
    static final String VIVO_SEARCH = "/h5-api.appstore.vivo.com.cn/h5appstore/search/result-list";
    static final String HUAWEI_GATEWAY = "/web-drcn.hispace.dbankcloud.com/edge/uowap/index";

    private LookupSite() {
    }

    static String fixture(String path) {
        return XiaomiSite.fixture(path);
    }

    static void tencentDetail(WireMock wm, String pkg, int status, String page) {
        wm.register(get(urlPathEqualTo("/sj.qq.com/appdetail/" + pkg)).willReturn(html(status, page)));
        wm.register(get(urlPathEqualTo("/a.app.qq.com/o/simple.jsp")).withQueryParam("pkgname", equalTo(pkg))
                .willReturn(html(200, fixture("/tencent/a.app.qq.com-simple.jsp-com.eg.android.AlipayGphone.html")
                        .replace(ALIPAY, pkg))));
    }

    static void xiaomiDetail(WireMock wm, String pkg, int status, String page) {
        wm.register(get(urlPathEqualTo("/app.mi.com/details")).withQueryParam("id", equalTo(pkg))
                .willReturn(html(status, page)));
    }

    static void huaweiToken(WireMock wm) {
        wm.register(post(urlPathEqualTo("/web-drcn.hispace.dbankcloud.com/edge/webedge/getInterfaceCode"))
                .willReturn(json(fixture("/huawei/getInterfaceCode_token.txt").strip())));
    }

    static void huaweiList(WireMock wm, String uri, String body) {
        wm.register(get(urlPathEqualTo(HUAWEI_GATEWAY)).withQueryParam("uri", equalTo(uri)).willReturn(json(body)));
    }

    static void vivoSearch(WireMock wm, String key, String body) {
        wm.register(get(urlPathEqualTo(VIVO_SEARCH)).withQueryParam("key", equalTo(key)).willReturn(json(body)));
    }

    static void vivoDetail(WireMock wm, String id, String body) {
        wm.register(get(urlPathEqualTo("/h5-api.appstore.vivo.com.cn/detail/" + id)).willReturn(json(body)));
    }

    /** A vivo search reply with the given items, each {@code id, title, package}, in vivo's key set. */
    static String vivoResults(String... idTitlePackage) {
        StringBuilder items = new StringBuilder();
        for (int i = 0; i + 2 < idTitlePackage.length; i += 3) {
            items.append(items.isEmpty() ? "" : ",").append("{\"id\":").append(idTitlePackage[i])
                    .append(",\"title_zh\":\"").append(idTitlePackage[i + 1]).append("\",\"package_name\":\"")
                    .append(idTitlePackage[i + 2]).append("\",\"atype\":1}");
        }
        return "{\"code\":0,\"success\":true,\"data\":{\"appSearchResponse\":{\"result\":true,\"pageNo\":0,"
                + "\"pageSize\":20,\"maxPage\":1,\"totalCount\":" + (idTitlePackage.length / 3) + ",\"value\":["
                + items + "]}}}";
    }

    /** vivo's detail fixture for another app: id, title, package and developer swapped in. */
    static String vivoDetailOf(String id, String title, String pkg, String developer) {
        return fixture("/vivo/vivo-detail.fixture.json").replace("12345", id).replace("Example App", title)
                .replace("org.example.app", pkg).replace("Example Labs", developer);
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder html(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "text/html; charset=utf-8").withBody(body);
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(String body) {
        return aResponse().withHeader("Content-Type", "application/json;charset=UTF-8").withBody(body);
    }
}
