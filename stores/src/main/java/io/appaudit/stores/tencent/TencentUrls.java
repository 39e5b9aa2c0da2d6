package io.appaudit.stores.tencent;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.appaudit.stores.StoreId;
import io.appaudit.stores.StoreRequest;
import io.appaudit.stores.kit.JsonTree;
import io.appaudit.stores.kit.QueryParams;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The URLs 应用宝 is asked at: the package-keyed detail page and its a.app.qq.com supplement, and the POST bodies of
 * yybadaccess's {@code dc_pcyyb_official} list (samples/tencent REQUEST-TEMPLATES): one list per
 * category alias, paged by {@code body.listI.offset} (the page number, from 0) with {@code body.listI.limit} items.
 * A category is written {@code app:<cate_alias>} or {@code game:<tag_alias>}; a bare alias is an app category.
 */
final class TencentUrls {

    static final String DETAIL_URL = "https://sj.qq.com/appdetail/";
    static final String SUPPLEMENT_URL = "https://a.app.qq.com/o/simple.jsp?pkgname=";
    static final String SEARCH_PARAM = "q";
    static final String SEARCH_URL = "https://sj.qq.com/search?" + SEARCH_PARAM + "=";

    static final String URL = "https://yybadaccess.3g.qq.com/v2/dc_pcyyb_official";
    static final String ORIGIN = "https://sj.qq.com";
    static final String REFERER = "https://sj.qq.com/";
    static final Map<String, String> HEADERS = Map.of("origin", ORIGIN, "referer", REFERER,
            "content-type", "application/json");
    static final String CMD = "dc_pcyyb_official";
    static final String PAGE = "body.listI.offset.repInt.0";
    /** A stable guid of our own (the templates carry other crawlers' random ones); the store asks for any value. */
    static final String GUID = UUID.nameUUIDFromBytes("appaudit:tencent".getBytes(StandardCharsets.UTF_8)).toString();

    /** The two list kinds of the templates: apps by {@code cate_alias}, games by {@code tag_alias}. */
    enum Kind {
        APP("app", "app_center", "cate_alias", "YYB_HOME_APP_LIBRARY_LIST", ""),
        GAME("game", "game_center", "tag_alias", "YYB_HOME_GAME_LIBRARY_LIST_ALGRITHM", "92170");

        final String prefix;
        final String scene;
        final String aliasKey;
        final String layout;
        final String expSceneIds;

        Kind(String prefix, String scene, String aliasKey, String layout, String expSceneIds) {
            this.prefix = prefix;
            this.scene = scene;
            this.aliasKey = aliasKey;
            this.layout = layout;
            this.expSceneIds = expSceneIds;
        }
    }

    private TencentUrls() {
    }

    static String detailUrl(String pkg) {
        return DETAIL_URL + URLEncoder.encode(pkg, StandardCharsets.UTF_8);
    }

    static String supplementUrl(String pkg) {
        return SUPPLEMENT_URL + URLEncoder.encode(pkg, StandardCharsets.UTF_8);
    }

    /** sj.qq.com's keyword search page. */
    static String searchUrl(String keyword) {
        return SEARCH_URL + URLEncoder.encode(keyword, StandardCharsets.UTF_8);
    }

    /** The first page of the list a category names. */
    static StoreRequest first(String category, int pageSize) {
        String c = category.strip();
        Kind kind = Kind.APP;
        String alias = c;
        int colon = c.indexOf(':');
        if (colon >= 0) {
            String prefix = c.substring(0, colon).toLowerCase(Locale.ROOT);
            alias = c.substring(colon + 1).strip();
            kind = Kind.GAME.prefix.equals(prefix) ? Kind.GAME : Kind.APP;
        }
        return request(body(kind, alias.isEmpty() ? "all" : alias, pageSize, 0), URL);
    }

    private static ObjectNode body(Kind kind, String alias, int limit, long page) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode root = f.objectNode();
        ObjectNode head = root.putObject("head");
        head.put("cmd", CMD);
        head.putObject("authInfo").put("businessId", "AuthName");
        head.putObject("deviceInfo").put("platformType", 1);
        head.putObject("userInfo").put("guid", GUID);
        head.put("expSceneIds", kind.expSceneIds);
        head.putObject("hostAppInfo").put("scene", kind.scene);
        ObjectNode body = root.putObject("body");
        body.put("bid", "yybhome");
        body.put("offset", 0);
        body.put("size", 10);
        body.put("preview", false);
        ObjectNode listS = body.putObject("listS");
        listS.putObject("region").putArray("repStr").add("CN");
        listS.putObject(kind.aliasKey).putArray("repStr").add(alias);
        ObjectNode listI = body.putObject("listI");
        listI.putObject("limit").putArray("repInt").add(limit);
        listI.putObject("offset").putArray("repInt").add(page);
        body.put("layout", kind.layout);
        return root;
    }

    private static StoreRequest request(JsonNode body, String url) {
        return StoreRequest.post(StoreId.TENCENT, StoreRequest.Purpose.DISCOVERY, url, HEADERS,
                body.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** The page number a list request asks for, when its body is one of ours. */
    static Optional<Long> page(StoreRequest request) {
        return requestBody(request).flatMap(b -> JsonTree.text(b, PAGE)).flatMap(QueryParams::wholeNumber)
                .map(Integer::longValue);
    }

    /** The list's name for references: {@code list:app:all}, from the request body. */
    static String listName(StoreRequest request) {
        Optional<JsonNode> b = requestBody(request);
        for (Kind k : Kind.values()) {
            Optional<String> alias = b.flatMap(n -> JsonTree.text(n, "body.listS." + k.aliasKey + ".repStr.0"));
            if (alias.isPresent()) {
                return "list:" + k.prefix + ":" + alias.get();
            }
        }
        return "list";
    }

    /** The same request for the given page. */
    static Optional<StoreRequest> forPage(StoreRequest request, long page) {
        return requestBody(request).filter(JsonNode::isObject).map(b -> {
            ObjectNode copy = ((ObjectNode) b).deepCopy();
            JsonNode offset = copy.path("body").path("listI").path("offset");
            if (!offset.isObject()) {
                return null;
            }
            ArrayNode repInt = ((ObjectNode) offset).putArray("repInt");
            repInt.add(page);
            return request(copy, URL);
        });
    }

    private static Optional<JsonNode> requestBody(StoreRequest request) {
        return request.body().flatMap(JsonTree::parse);
    }
}
