package io.appaudit.crawler.demo;

import java.util.List;

/**
 * The discovery the demo answers, and the configuration that asks for exactly it ({@code demo/appaudit-demo.yaml}):
 * one Tencent list, one Xiaomi category, one Huawei tab plus related apps, two vivo keywords and OPPO's unsigned H5
 * feed, each two pages long.
 */
final class DemoDiscovery {

    /** {@code stores.tencent.categories}: the app library, all categories. */
    static final String TENCENT_LIST = "app:all";
    /** {@code stores.xiaomi.categories}. */
    static final String XIAOMI_CATEGORY = "5";
    /** {@code stores.huawei.categories}: a made-up 32-hex tab id. */
    static final String HUAWEI_TAB = "d3e0a5c1b2f94e6c8a7d1b0c9e8f7a6d";
    /** {@code stores.huawei.keywords}: one search, answered with an empty list (searches are not in the demo). */
    static final String HUAWEI_KEYWORD = "演示";
    /** {@code stores.vivo.keywords}. */
    static final List<String> VIVO_KEYWORDS = List.of("工具", "生活");
    /** {@code stores.<store>.max-pages} for every store. */
    static final int MAX_PAGES = 2;

    /** Items per page of each list (the replay ignores the page size asked for). */
    static final int TENCENT_PAGE = 25;
    static final int XIAOMI_PAGE = 30;
    static final int HUAWEI_PAGE = 20;
    /** Huawei's tab lists the first 40 apps; the last 10 are found only through related-apps cards. */
    static final int HUAWEI_LISTED = 40;
    static final int VIVO_PAGE = 20;
    static final int VIVO_PER_KEYWORD = 25;
    static final int OPPO_PAGE = 25;
    /** OPPO's required.json feed repeats the first few apps of index.json. */
    static final int OPPO_REQUIRED = 5;

    private DemoDiscovery() {
    }
}
