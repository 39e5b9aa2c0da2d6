package io.appaudit.stores.huawei;

import io.appaudit.stores.AppRef;
import io.appaudit.stores.DiscoveryOptions;
import io.appaudit.stores.DiscoveryResult;
import io.appaudit.stores.ListingResult;
import io.appaudit.stores.RequestAuth;
import io.appaudit.stores.StoreAdapter;
import io.appaudit.stores.StoreId;
import io.appaudit.stores.StoreRequest;
import io.appaudit.stores.StoreResponse;
import io.appaudit.stores.kit.ApkFileName;
import java.util.List;
import java.util.Optional;

/**
 * Huawei AppGallery (华为应用市场) through its web gateway: {@code internal.getTabDetail} replies of cards, for
 * one app ({@code uri=app|C<id>}), a tab list ({@code uri=<32-hex tab id>}) or a search ({@code uri=searchApp|kw}),
 * every call carrying the {@code Interface-Code} session token.
 */
public final class HuaweiAdapter implements StoreAdapter {

    /**
     * The keyword sweep used when the options name no keywords: plain category words, not store data; each search
     * seeds a list, and every listing's related apps widen it. 40 words; however deep their searches go, the shipped
     * stores.huawei.max-discovery-pages (5,000) bounds the pages one run fetches.
     */
    public static final List<String> DEFAULT_KEYWORDS = List.of("社交", "购物", "视频", "音乐", "新闻", "阅读", "游戏",
            "金融", "银行", "出行", "地图", "教育", "健康", "办公", "拍照", "工具", "生活", "美食", "旅游", "汽车",
            "天气", "母婴", "体育", "房产", "招聘", "理财", "外卖", "直播", "小说", "漫画",
            "摄影", "浏览器", "输入法", "翻译", "学习", "医疗", "快递", "安全", "壁纸", "记账");

    private final HuaweiAuth auth = new HuaweiAuth();

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
        return HuaweiDiscovery.seeds(options);
    }

    @Override
    public DiscoveryResult parseDiscovery(StoreRequest request, StoreResponse response, DiscoveryOptions options) {
        return HuaweiDiscovery.parse(request, response);
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
        return HuaweiListingReader.read(app, responses);
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
}
