package io.appaudit.crawler.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.appaudit.crawler.XiaomiSite;
import io.appaudit.crawler.bench.BenchSite.Reply;
import java.util.Map;

/**
 * The five stores as benchmark sites, in their real formats: list replies generated in each store's shape (so that a
 * crawl finds as many apps as wanted), detail replies from the adapters' fixtures with the requested ids put in.
 */
public final class StoreFixtures {

    /** Where the fixtures are served: {@link BenchSite} for benchmarks, a WireMock site for tests. */
    public interface Hosts {
        /** Answers the requests of {@code host} with {@code responder}. */
        void host(String host, BenchSite.Responder responder);
    }


    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String HTML = "text/html; charset=utf-8";
    private static final String JS = "application/json;charset=UTF-8";

    private StoreFixtures() {
    }

    public static String xiaomiPackage(String category, int i) {
        return "com.bench.c" + category + ".a" + i;
    }

    /** app.mi.com: category lists of {@code perCategory} apps, details pages from details-2025.html. */
    public static void xiaomi(Hosts site, int perCategory) {
        String template = XiaomiSite.fixture("/xiaomi/details-2025.html");
        site.host("app.mi.com", (method, path, q, body) -> {
            if (path.equals("/categotyAllListApi")) {
                String c = q.getOrDefault("categoryId", "1");
                int page = Integer.parseInt(q.getOrDefault("page", "0"));
                int size = Integer.parseInt(q.getOrDefault("pageSize", "30"));
                ObjectNode root = JSON.createObjectNode();
                root.put("count", perCategory);
                ArrayNode data = root.putArray("data");
                for (int i = page * size; i < Math.min(perCategory, (page + 1) * size); i++) {
                    ObjectNode a = data.addObject();
                    a.put("appId", 1_000_000 + i);
                    a.put("displayName", "基准应用" + i);
                    a.put("packageName", xiaomiPackage(c, i));
                    a.put("level1CategoryName", "实用工具");
                }
                root.put("hasNext", (page + 1) * size < perCategory);
                return Reply.of(JS, root.toString());
            }
            if (path.equals("/details") && q.containsKey("id")) {
                String pkg = q.get("id");
                return Reply.of(HTML, template.replace("com.tencent.mobileqq", pkg).replace("com.sina.weibo", pkg)
                        .replace("com.tencent.wework", pkg).replace("com.tencent.mm", pkg)
                        .replace("微信", "基准应用 " + pkg));
            }
            return Reply.NOT_FOUND;
        });
    }

    /** vivo's H5 API: keyword searches of two pages each, detail replies from vivo-detail.fixture.json. */
    public static void vivo(Hosts site) {
        String detail = XiaomiSite.fixture("/vivo/vivo-detail.fixture.json");
        site.host("h5-api.appstore.vivo.com.cn", (method, path, q, body) -> {
            if (path.equals("/h5appstore/search/result-list")) {
                int page = Integer.parseInt(q.getOrDefault("page_index", "1"));
                int size = Integer.parseInt(q.getOrDefault("apps_per_page", "20"));
                int base = Math.abs(q.getOrDefault("key", "").hashCode() % 10_000) * 100;
                ObjectNode root = JSON.createObjectNode();
                root.put("code", 0);
                ObjectNode r = root.putObject("data").putObject("appSearchResponse");
                r.put("pageNo", page - 1);
                r.put("maxPage", 2);
                r.put("totalCount", 2 * size);
                ArrayNode value = r.putArray("value");
                for (int i = 0; i < size; i++) {
                    int id = base + (page - 1) * size + i + 1;
                    ObjectNode a = value.addObject();
                    a.put("id", id);
                    a.put("title_zh", "基准应用" + id);
                    a.put("package_name", "com.bench.vivo.a" + id);
                }
                return Reply.of(JS, root.toString());
            }
            if (path.startsWith("/detail/")) {
                String id = path.substring("/detail/".length());
                return Reply.of(JS, detail.replace("\"id\": 12345", "\"id\": " + id)
                        .replace("org.example.app", "com.bench.vivo.a" + id));
            }
            return Reply.NOT_FOUND;
        });
    }

    /** OPPO's unsigned H5 feeds, paged, and the official landing page. */
    public static void oppo(Hosts site, int perFeed) {
        String landing = XiaomiSite.fixture("/oppo/landing_detail_HANDWRITTEN.html");
        site.host("app.cdo.oppomobile.com", (method, path, q, body) -> {
            if (path.endsWith(".json")) {
                int start = Integer.parseInt(q.getOrDefault("start", "0"));
                int size = Integer.parseInt(q.getOrDefault("size", "20"));
                int feed = Math.abs(path.hashCode() % 1000) * 10_000;
                ObjectNode root = JSON.createObjectNode();
                root.put("errno", 0);
                ObjectNode data = root.putObject("data");
                ArrayNode apps = data.putArray("cards").addObject().putArray("apps");
                for (int i = start; i < Math.min(perFeed, start + size); i++) {
                    ObjectNode a = apps.addObject();
                    a.put("appId", feed + i + 1);
                    a.put("appName", "基准应用" + i);
                    a.put("pkgName", "com.bench.oppo.f" + feed + ".a" + i);
                }
                data.put("isEnd", start + size >= perFeed);
                return Reply.of(JS, root.toString());
            }
            if (path.equals("/home/detail")) {
                return Reply.of(HTML, landing);
            }
            return Reply.NOT_FOUND;
        });
    }

    /** Huawei's gateway: the token, search pages and the WeChat detail reply. */
    public static void huawei(Hosts site) {
        String token = XiaomiSite.fixture("/huawei/getInterfaceCode_token.txt");
        String page1 = XiaomiSite.fixture("/huawei/getTabDetail_tab_page1.json");
        String page2 = XiaomiSite.fixture("/huawei/getTabDetail_tab_page2.json");
        String detail = XiaomiSite.fixture("/huawei/getTabDetail_app_C5683_wechat_2025-12.json");
        site.host("web-drcn.hispace.dbankcloud.com", (method, path, q, body) -> {
            if (path.endsWith("/getInterfaceCode")) {
                return Reply.of(JS, token);
            }
            if (path.endsWith("/uowap/index")) {
                String uri = q.getOrDefault("uri", "");
                if (uri.startsWith("app|")) {
                    return Reply.of(JS, detail);
                }
                return Reply.of(JS, "1".equals(q.getOrDefault("reqPageNum", "1")) ? page1 : page2);
            }
            return Reply.NOT_FOUND;
        });
    }

    /** 应用宝: the list POST, detail pages and the a.app.qq.com supplement, from the Alipay fixtures. */
    public static void tencent(Hosts site) {
        String first = XiaomiSite.fixture("/tencent/yybadaccess-apps-page0.json");
        String end = XiaomiSite.fixture("/tencent/yybadaccess-apps-end.json");
        String detail = XiaomiSite.fixture("/tencent/appdetail-com.eg.android.AlipayGphone.html");
        String simple = XiaomiSite.fixture("/tencent/a.app.qq.com-simple.jsp-com.eg.android.AlipayGphone.html");
        site.host("yybadaccess.3g.qq.com", (method, path, q, body) -> {
            String page;
            try {
                page = JSON.readTree(body).path("body").path("listI").path("offset").path("repInt").path(0).asText("0");
            } catch (java.io.IOException e) {
                page = "0";
            }
            return Reply.of(JS, "0".equals(page) ? first : end);
        });
        site.host("sj.qq.com", (method, path, q, body) -> path.startsWith("/appdetail/") ? Reply.of(HTML, detail)
                : Reply.NOT_FOUND);
        site.host("a.app.qq.com", (method, path, q, body) -> Reply.of(HTML, simple));
    }

    /** Every store's hosts, as their requests are counted. */
    static final Map<String, java.util.List<String>> HOSTS = Map.of(
            "tencent", java.util.List.of("yybadaccess.3g.qq.com", "sj.qq.com", "a.app.qq.com"),
            "xiaomi", java.util.List.of("app.mi.com", "m.app.mi.com"),
            "oppo", java.util.List.of("app.cdo.oppomobile.com", "api-cn.store.heytapmobi.com"),
            "huawei", java.util.List.of("web-drcn.hispace.dbankcloud.com"),
            "vivo", java.util.List.of("h5-api.appstore.vivo.com.cn"));
}
