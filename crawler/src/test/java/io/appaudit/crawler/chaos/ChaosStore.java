package io.appaudit.crawler.chaos;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.appaudit.crawler.XiaomiSite;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A Xiaomi store of {@code apps} listings on WireMock ({@link XiaomiSite}: list pages, details pages with ETags,
 * download redirects to a CDN, a privacy page), keeping count of the listings it served: those a crawl must index,
 * once each. A fault is added by stubbing over it.
 */
final class ChaosStore implements AutoCloseable {

    static final String DETAILS = "/app.mi.com/details";
    static final String LIST = "/app.mi.com/categotyAllListApi";
    private static final ObjectMapper JSON = new ObjectMapper();

    final WireMockServer wm;
    final int apps;
    final int listPages;

    ChaosStore(int apps, int pageSize) {
        this.wm = new WireMockServer(wireMockConfig().dynamicPort());
        wm.start();
        this.apps = apps;
        this.listPages = XiaomiSite.serve(wm, apps, pageSize);
    }

    /** A list reply of the category API with apps {@code from} (inclusive) to {@code to} (exclusive). */
    static String listPage(int from, int to, boolean hasNext) {
        ObjectNode root = JSON.createObjectNode();
        root.put("count", to - from);
        ArrayNode data = root.putArray("data");
        for (int i = from; i < to; i++) {
            ObjectNode a = data.addObject();
            a.put("appId", XiaomiSite.appId(i));
            a.put("displayName", "示例应用" + i);
            a.put("level1CategoryName", "实用工具");
            a.put("packageName", XiaomiSite.pkg(i));
        }
        root.put("hasNext", hasNext);
        return root.toString();
    }

    /** Answers the category list's page {@code page} with {@code body}, over what was stubbed before. */
    void listReply(String category, int page, ResponseDefinitionBuilder reply) {
        wm.stubFor(get(urlPathEqualTo(LIST)).withQueryParam("categoryId", equalTo(category))
                .withQueryParam("page", equalTo(Integer.toString(page))).atPriority(1).willReturn(reply));
    }

    /** Answers one app's details page with {@code reply}, over what was stubbed before. */
    void detailsReply(int app, ResponseDefinitionBuilder reply) {
        wm.stubFor(get(urlPathEqualTo(DETAILS)).withQueryParam("id", equalTo(XiaomiSite.pkg(app))).atPriority(1)
                .willReturn(reply));
    }

    static ResponseDefinitionBuilder json(String body) {
        return aResponse().withHeader("Content-Type", "application/json;charset=UTF-8").withBody(body);
    }

    String baseUrl() {
        return wm.baseUrl();
    }

    /** The packages whose details page was answered with 200 or 304: each a listing to index. */
    Set<String> servedListings() {
        Set<String> out = new TreeSet<>();
        for (ServeEvent e : events()) {
            int status = e.getResponse().getStatus();
            if (DETAILS.equals(e.getRequest().getUrl().replaceFirst("\\?.*", ""))
                    && (status == 200 || status == 304)) {
                out.add(e.getRequest().queryParameter("id").firstValue());
            }
        }
        return out;
    }

    /** Requests for details pages, answered or not. */
    long detailRequests() {
        return events().stream().filter(e -> DETAILS.equals(e.getRequest().getUrl().replaceFirst("\\?.*", "")))
                .count();
    }

    /** Requests whose path starts with {@code prefix}. */
    long requests(String prefix) {
        return events().stream().filter(e -> e.getRequest().getUrl().startsWith(prefix)).count();
    }

    /** Forgets the requests served so far (a new run counts afresh). */
    void forgetRequests() {
        wm.resetRequests();
    }

    private List<ServeEvent> events() {
        return wm.getAllServeEvents();
    }

    @Override
    public void close() {
        wm.stop();
    }
}
