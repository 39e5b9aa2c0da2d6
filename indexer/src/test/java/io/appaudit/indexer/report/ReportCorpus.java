package io.appaudit.indexer.report;

import io.appaudit.indexer.ElasticConnection;
import io.appaudit.indexer.checks.CheckContext;
import io.appaudit.indexer.checks.Corpus;
import io.appaudit.indexer.checks.Ingest;
import io.appaudit.indexer.checks.ListingChecks;
import io.appaudit.indexer.checks.Plant;
import io.appaudit.indexer.checks.run.CheckRun;
import io.appaudit.indexer.docs.ListingDocument;
import io.appaudit.indexer.docs.Quarter;
import io.appaudit.indexer.layout.IndexLayout;
import io.appaudit.stores.StoreId;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Three quarters of five stores for the report's tests: the same packages across stores, apps of every age since
 * their last update, planted problems (malformed filing numbers, stale apps, inducing words, placeholder and
 * unrelated developers, an app past a take-down deadline), problems that persist or are rectified across quarters,
 * crawl runs (one adapter unhealthy, one run blocked; none for vivo), and one hostile app whose name, developer and
 * store URL try to inject markup, formulas and scripts.
 */
public final class ReportCorpus {

    public static final Quarter Q = Quarter.parse("2026Q4");
    public static final List<Quarter> QUARTERS = List.of(Quarter.parse("2026Q2"), Quarter.parse("2026Q3"), Q);
    public static final String HOSTILE_NAME = "<script>alert(1)</script>";
    /** A formula for spreadsheets, quotes and markup for pages, and a right-to-left override. */
    public static final String HOSTILE_DEVELOPER = "=HYPERLINK(\"http://evil.example\",\"x\") <img src=x onerror=alert(2)> \u202Eevil";
    public static final String HOSTILE_URL = "javascript:alert(3)";
    public static final String HOSTILE_PACKAGE = "com.report.hostile";
    public static final String OVERDUE_PACKAGE = "com.report.app2";
    public static final String NOTICES = "store,package,deadline,notice\n"
            + "tencent," + OVERDUE_PACKAGE + ",2026-10-15,\"工信部通报 2026 年第 3 批, 第 7 项\"\n";
    /** Apps per store in the last quarter; earlier quarters have fewer. */
    static final Map<StoreId, Integer> APPS = Map.of(StoreId.TENCENT, 40, StoreId.XIAOMI, 24, StoreId.OPPO, 18,
            StoreId.HUAWEI, 16, StoreId.VIVO, 12);
    private static final List<String> NAMES = List.of("天气通", "记账本", "快递查询", "扫描全能王", "万年历", "计算器",
            "手电筒", "音乐播放器", "学习助手", "地图导航", "健身计划", "菜谱大全", "相册管家", "翻译官", "记事本",
            "闹钟", "阅读器", "公交查询");
    /** Days since the update at the crawl, by app number: two in ten past the 730-day threshold. */
    private static final List<Integer> AGES = List.of(20, 60, 120, 200, 300, 400, 500, 800, 2000, 45);

    private ReportCorpus() {
    }

    /** The crawl time of a quarter's snapshots: the 10th of its second month, 10:00 China time. */
    static Instant crawled(Quarter q) {
        return q.start().plus(Duration.ofDays(40)).plus(Duration.ofHours(10));
    }

    /** Every snapshot of the three quarters. */
    public static List<ListingDocument> snapshots() {
        List<ListingDocument> docs = new ArrayList<>();
        for (int qi = 0; qi < QUARTERS.size(); qi++) {
            Quarter q = QUARTERS.get(qi);
            for (StoreId s : StoreId.values()) {
                int n = APPS.get(s) - 2 * (QUARTERS.size() - 1 - qi);
                for (int i = 0; i < n; i++) {
                    docs.add(app(s, i, q, qi).doc());
                }
            }
        }
        Plant hostile = Plant.of(StoreId.TENCENT, HOSTILE_PACKAGE, crawled(Q)).run(runId(StoreId.TENCENT, Q))
                .with(b -> b.name(HOSTILE_NAME).developer(HOSTILE_DEVELOPER).filingNumber("粤ICP备1号")
                        .sourceUrl(HOSTILE_URL).updatedAt(crawled(Q).minus(Duration.ofDays(30)).atOffset(ZoneOffset.ofHours(8))));
        docs.add(hostile.doc());
        return docs;
    }

    private static Plant app(StoreId s, int i, Quarter q, int qi) {
        Instant at = crawled(q);
        String pkg = "com.report.app" + i;
        Plant p = Plant.of(s, pkg, at).run(runId(s, q));
        int age = AGES.get(i % AGES.size());
        p.with(b -> b.name(NAMES.get(i % NAMES.size()) + (i >= NAMES.size() ? " " + (i / NAMES.size() + 1) : ""))
                .updatedAt(at.minus(Duration.ofDays(age)).atOffset(ZoneOffset.ofHours(8))));
        boolean last = qi == QUARTERS.size() - 1;
        // Malformed filing numbers: i % 8 == 1 in every quarter (persisting), i % 8 == 4 only before the last (rectified).
        if (i % 8 == 1 || (!last && i % 8 == 4)) {
            p.with(b -> b.filingNumber("粤ICP备" + (1000 + i) + "号"));
        }
        if (i % 9 == 3 && (s != StoreId.VIVO || last)) {
            p.with(b -> b.name("必装" + NAMES.get(i % NAMES.size())));
        }
        if (i % 11 == 5) {
            p.with(b -> b.developer("未知"));
        }
        if (i == 9 && s == StoreId.OPPO) {
            p.with(b -> b.developer("完全无关有限公司"));
        }
        if (i % 13 == 6) {
            p.with(b -> b.updatedAt(null));
        }
        return shaped(p, s);
    }

    /** Leaves out what the store never shows (as the tests' never-shown map says), as its adapter would. */
    private static Plant shaped(Plant p, StoreId s) {
        return switch (s) {
            case XIAOMI -> p.with(b -> b.filingNumber(null).operator(null).website(null).targetSdk(null)).probes("website");
            case HUAWEI -> p.with(b -> b.filingNumber(null));
            case OPPO -> p.with(b -> b.operator(null));
            case VIVO -> p.with(b -> b.operator(null).privacyPolicyUrl(null).website(null).targetSdk(null))
                    .probes("privacy_policy").probes("website");
            case TENCENT -> p;
        };
    }

    static String runId(StoreId s, Quarter q) {
        return s.id() + "-" + q;
    }

    /** The check context: the corpus's never-shown fields, group and registry files, and the notice file above. */
    public static CheckContext context(Path dir) {
        return Corpus.context(dir, NOTICES);
    }

    /** Indexes everything (with the listing checks, as a crawl does), records the crawl runs, checks each quarter. */
    public static void seed(ElasticConnection es, IndexLayout layout, CheckContext context) {
        ListingChecks checks = ListingChecks.of(context);
        Ingest.snapshots(es, layout, Optional.of(checks), snapshots());
        crawlRuns(es, layout);
        for (Quarter q : QUARTERS) {
            try {
                new CheckRun(es, layout, checks).run(q, false);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** The crawl runs of the last quarter: 应用宝 twice (one adapter unhealthy), one blocked OPPO run, none for vivo. */
    public static void crawlRuns(ElasticConnection es, IndexLayout layout) {
        Instant at = crawled(Q);
        List<Map<String, Object>> runs = List.of(
                run("tencent-a", "tencent", at.minus(Duration.ofDays(30)), "completed", true, 520, 41, 0, 0, 3),
                run(runId(StoreId.TENCENT, Q), "tencent", at, "completed", false, 610, 41, 37, 0, 2),
                withDiscovery(run(runId(StoreId.XIAOMI, Q), "xiaomi", at, "completed", true, 300, 24, 1, 0, 0)),
                run(runId(StoreId.OPPO, Q), "oppo", at, "failed", true, 210, 18, 0, 12, 5),
                run(runId(StoreId.HUAWEI, Q), "huawei", at, "completed", true, 190, 16, 0, 0, 1));
        try {
            for (Map<String, Object> r : runs) {
                es.client().index(i -> i.index(layout.crawlRunsIndex()).id((String) r.get("run_id")).document(r));
            }
            es.client().indices().refresh(r -> r.index(layout.crawlRunsIndex()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Xiaomi's latest run walked two lists: category 1 to its end, and a search stopped at max-pages. */
    static Map<String, Object> withDiscovery(Map<String, Object> run) {
        run.put("discovery", List.of(
                Map.of("kind", "category", "key", "1", "apps", 20, "pages", 2, "last_new", 4, "stop", "list ended",
                        "saturation", "saturated"),
                Map.of("kind", "search", "key", "<b>天气</b>", "apps", 10, "pages", 5, "last_new", 2,
                        "stop", "max pages", "saturation", "not_saturated")));
        run.put("discovery_not_saturated", 1);
        return run;
    }

    static Map<String, Object> run(String id, String store, Instant started, String outcome, boolean healthy,
                                   long pages, long listings, long parseProblems, long blocked, long errors) {
        Map<String, Object> m = new LinkedHashMap<>();
        Instant ended = started.plus(Duration.ofMinutes(42));
        m.put("@timestamp", ended.toString());
        m.put("run_id", id);
        m.put("store", store);
        m.put("trigger", "schedule");
        m.put("started_at", started.toString());
        m.put("ended_at", ended.toString());
        m.put("duration_ms", Duration.ofMinutes(42).toMillis());
        m.put("outcome", outcome);
        if (!"completed".equals(outcome)) {
            m.put("failure_reason", "blocked: 5 consecutive 403");
        }
        m.put("adapter_healthy", healthy);
        m.put("requests", pages * 2);
        m.put("pages", pages);
        m.put("listings", listings);
        m.put("unchanged", 0);
        m.put("not_listed", 1);
        m.put("parse_problems", parseProblems);
        m.put("errors", errors);
        m.put("retries", errors);
        m.put("blocked_responses", blocked);
        m.put("index_failures", 0);
        m.put("node", "report-test");
        return m;
    }
}
