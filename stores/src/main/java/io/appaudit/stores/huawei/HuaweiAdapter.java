package io.appaudit.stores.huawei;

import com.fasterxml.jackson.databind.JsonNode;
import io.appaudit.stores.AppRef;
import io.appaudit.stores.DiscoveryChannel;
import io.appaudit.stores.DiscoveryOptions;
import io.appaudit.stores.DiscoveryResult;
import io.appaudit.stores.JsonTree;
import io.appaudit.stores.ListingResult;
import io.appaudit.stores.ParseProblem;
import io.appaudit.stores.RequestAuth;
import io.appaudit.stores.StoreAdapter;
import io.appaudit.stores.StoreId;
import io.appaudit.stores.StoreRequest;
import io.appaudit.stores.StoreResponse;
import io.appaudit.stores.kit.ApkFileName;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Huawei AppGallery (华为应用市场) through its web gateway: {@code internal.getTabDetail} replies of cards, for
 * one app ({@code uri=app|C<id>}), a tab list ({@code uri=<32-hex tab id>}) or a search ({@code uri=searchApp|kw}),
 * every call carrying the {@code Interface-Code} session token.
 */
public final class HuaweiAdapter implements StoreAdapter {

    static final String URI_PARAM = "uri";
    static final String PAGE_PARAM = "reqPageNum";
    static final String MAX_RESULTS_PARAM = "maxResults";
    /** A bound on page numbers read back from request URLs, far above any page bound. */
    private static final int MAX_PAGE = 1_000_000;

    private final HuaweiAuth auth = new HuaweiAuth();

    /**
     * The keyword sweep used when the options name no keywords: plain category words, not store data; each search
     * seeds a list, and every listing's related apps widen it. 40 words; however deep their searches go, the shipped
     * stores.huawei.max-discovery-pages (5,000) bounds the pages one run fetches.
     */
    public static final List<String> DEFAULT_KEYWORDS = List.of("社交", "购物", "视频", "音乐", "新闻", "阅读", "游戏",
            "金融", "银行", "出行", "地图", "教育", "健康", "办公", "拍照", "工具", "生活", "美食", "旅游", "汽车",
            "天气", "母婴", "体育", "房产", "招聘", "理财", "外卖", "直播", "小说", "漫画",
            "摄影", "浏览器", "输入法", "翻译", "学习", "医疗", "快递", "安全", "壁纸", "记账");

    /** The adapter; it has no settings (tab ids and keywords come with the discovery options). */
    public HuaweiAdapter() {
    }

    @Override
    public StoreId store() {
        return StoreId.HUAWEI;
    }

    /** Page 1 of each tab list the options name and of each keyword search (the options', else the defaults). */
    @Override
    public List<StoreRequest> discoverySeeds(DiscoveryOptions options) {
        int size = Math.min(options.pageSize(), HuaweiUrls.MAX_RESULTS);
        List<String> tabs = options.categories();
        List<String> keywords = options.keywords().isEmpty() ? DEFAULT_KEYWORDS : options.keywords();
        Set<StoreRequest> seeds = new LinkedHashSet<>();
        tabs.stream().map(String::strip).filter(t -> !t.isEmpty())
                .forEach(t -> seeds.add(discovery(HuaweiUrls.list(t, 1, size))));
        keywords.stream().map(String::strip).filter(k -> !k.isEmpty())
                .forEach(k -> seeds.add(discovery(HuaweiUrls.list(HuaweiUrls.SEARCH_URI_PREFIX + k, 1, size))));
        return List.copyOf(seeds);
    }

    @Override
    public DiscoveryResult parseDiscovery(StoreRequest request, StoreResponse response, DiscoveryOptions options) {
        Map<String, String> query = HuaweiUrls.query(request.url());
        Optional<String> list = Optional.ofNullable(query.get(URI_PARAM)).filter(u -> !u.isBlank());
        String subject = list.orElse(request.url());
        HuaweiReplies.Reply reply = HuaweiReplies.read(response, subject);
        if (reply instanceof HuaweiReplies.Failed failed) {
            return DiscoveryResult.failed(failed.problem());
        }
        HuaweiReplies.Cards cards = (HuaweiReplies.Cards) reply;
        int page = intParam(query, PAGE_PARAM, 1);
        Map<String, AppRef> apps = HuaweiCards.apps(cards.cards(), via(subject));
        // an empty page ends a list whatever hasNextPage says; repeats are the crawler's to notice
        boolean more = list.isPresent() && !subject.startsWith(HuaweiUrls.APP_URI_PREFIX) && !apps.isEmpty()
                && JsonTree.number(cards.root(), HuaweiReplies.HAS_NEXT_PAGE).filter(n -> n == 1).isPresent()
                && page < MAX_PAGE;
        Optional<StoreRequest> next = Optional.empty();
        if (more) {
            int size = intParam(query, MAX_RESULTS_PARAM, HuaweiUrls.MAX_RESULTS);
            next = Optional.of(discovery(HuaweiUrls.list(subject, page + 1, Math.min(size, HuaweiUrls.MAX_RESULTS))));
        }
        return DiscoveryResult.page(channel(subject), List.copyOf(apps.values()), next);
    }

    /** One request: the detail reply holds every field this store shows, so there are no supplements. */
    @Override
    public List<StoreRequest> listingRequests(AppRef app) {
        String id = HuaweiUrls.appId(app.storeAppId()).orElseThrow(() -> new IllegalArgumentException(
                "Huawei app ids are C followed by digits, not '" + app.storeAppId() + "'"));
        return List.of(StoreRequest.get(StoreId.HUAWEI, StoreRequest.Purpose.LISTING, HuaweiUrls.detail(id)));
    }

    @Override
    public ListingResult parseListing(AppRef app, List<StoreResponse> responses) {
        String appId = HuaweiUrls.appId(app.storeAppId()).orElse(app.storeAppId());
        StoreResponse primary = responses.isEmpty() ? null : responses.get(0);
        if (primary == null) {
            return ListingResult.Problem.of(StoreId.HUAWEI, appId, HuaweiUrls.detail(appId),
                    ParseProblem.Kind.HTTP_STATUS, List.of(), "no response to the detail request");
        }
        String sourceUrl = primary.url().isBlank() ? HuaweiUrls.detail(appId) : primary.url();
        HuaweiReplies.Reply reply = HuaweiReplies.read(primary, appId);
        if (reply instanceof HuaweiReplies.Failed failed) {
            return new ListingResult.Problem(failed.problem());
        }
        List<JsonNode> cards = ((HuaweiReplies.Cards) reply).cards();
        return HuaweiListingReader.read(appId, sourceUrl, primary.fetchedAt(), cards);
    }

    @Override
    public RequestAuth auth() {
        return auth;
    }

    /** {@code /appdl/C<id>} answers 302 to {@code <package>.<yyMMddHHmm>.apk}; no other name is read. */
    @Override
    public Optional<String> packageFromDownload(String finalUrl, Optional<String> fileName) {
        return ApkFileName.stampedPackageOf(finalUrl, fileName);
    }

    private static StoreRequest discovery(String url) {
        return StoreRequest.get(StoreId.HUAWEI, StoreRequest.Purpose.DISCOVERY, url);
    }

    private static String via(String list) {
        if (list.startsWith(HuaweiUrls.SEARCH_URI_PREFIX)) {
            return "search:" + list.substring(HuaweiUrls.SEARCH_URI_PREFIX.length());
        }
        if (list.startsWith(HuaweiUrls.APP_URI_PREFIX)) {
            return "related:" + list.substring(HuaweiUrls.APP_URI_PREFIX.length());
        }
        return "tab:" + list;
    }

    private static DiscoveryChannel channel(String list) {
        if (list.startsWith(HuaweiUrls.SEARCH_URI_PREFIX)) {
            return DiscoveryChannel.search(list.substring(HuaweiUrls.SEARCH_URI_PREFIX.length()));
        }
        if (list.startsWith(HuaweiUrls.APP_URI_PREFIX)) {
            return DiscoveryChannel.related(list.substring(HuaweiUrls.APP_URI_PREFIX.length()));
        }
        return DiscoveryChannel.category(list);
    }

    private static int intParam(Map<String, String> query, String name, int fallback) {
        String v = query.getOrDefault(name, "");
        if (v.isEmpty() || v.length() > 7 || !v.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return fallback;
        }
        int n = Integer.parseInt(v);
        return n >= 1 && n <= MAX_PAGE ? n : fallback;
    }
}
