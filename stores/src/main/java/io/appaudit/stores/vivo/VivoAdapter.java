package io.appaudit.stores.vivo;

import io.appaudit.stores.AppRef;
import io.appaudit.stores.DiscoveryOptions;
import io.appaudit.stores.DiscoveryResult;
import io.appaudit.stores.ListingResult;
import io.appaudit.stores.StoreAdapter;
import io.appaudit.stores.StoreId;
import io.appaudit.stores.StoreRequest;
import io.appaudit.stores.StoreResponse;
import io.appaudit.stores.kit.ApkFileName;
import io.appaudit.stores.kit.Text;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * vivo 应用商店 through its public H5 API: keyword sweeps over the H5 search for discovery (the H5 host has no
 * category API), one detail reply per listing, keyed by vivo's numeric app id. No token or signature is needed.
 */
public final class VivoAdapter implements StoreAdapter {

    /**
     * The default keyword sweep, used when no keywords are configured: common category words of Chinese app stores
     * (video, music, shopping, social, games, news, tools, finance, maps, education, health, photos, food, sports,
     * property, jobs …), everyday app purposes (bookkeeping, calendar, recipes, driving tests …) and a few broad
     * syllables (手机, 助手, 大全, 管家) that occur in many app names. Each keyword is paged to its end or as far as the
     * crawler's paging policy follows it; overlaps between keywords are expected and harmless (apps are keyed by id).
     * Budget: 75 keywords at the shipped stores.vivo.max-pages of 50 are at most 3,750 search pages, within the
     * shipped max-discovery-pages of 5,000.
     */
    public static final List<String> DEFAULT_KEYWORDS = List.of(
            "视频", "音乐", "购物", "社交", "游戏", "新闻", "工具", "理财", "地图", "教育",
            "健康", "拍照", "阅读", "小说", "直播", "外卖", "出行", "旅游", "酒店", "银行",
            "支付", "办公", "浏览器", "输入法", "天气", "壁纸", "美颜", "翻译", "学习", "英语",
            "运动", "医疗", "母婴", "招聘", "租房", "快递", "安全", "清理", "漫画", "汽车",
            "金融", "摄影", "美食", "生活", "体育", "房产", "证券", "保险", "团购", "电影",
            "听书", "电台", "相机", "相册", "文件", "记账", "日历", "闹钟", "菜谱", "健身",
            "医院", "考试", "驾考", "儿童", "早教", "宠物", "家居", "装修", "二手", "社区",
            "短视频", "手机", "助手", "大全", "管家");

    private final VivoUrls urls;
    private final VivoListingReader listings = new VivoListingReader();
    private final VivoDiscovery discovery;
    private final VivoIdSweep sweep;

    /** The adapter; it has no settings (the User-Agent is the crawler's: {@code stores.vivo.user-agent}). */
    public VivoAdapter() {
        this.urls = new VivoUrls();
        this.discovery = new VivoDiscovery(urls);
        this.sweep = new VivoIdSweep(urls, listings);
    }

    @Override
    public StoreId store() {
        return StoreId.VIVO;
    }

    /**
     * Page 1 of the search for each configured keyword, or for each of {@link #DEFAULT_KEYWORDS}, and, when an id range
     * is configured, its first id (the sweep asks the next id after each reply).
     */
    @Override
    public List<StoreRequest> discoverySeeds(DiscoveryOptions options) {
        List<String> keywords = options.keywords().isEmpty() ? DEFAULT_KEYWORDS : options.keywords();
        Set<String> distinct = new LinkedHashSet<>();
        keywords.forEach(k -> Text.present(k).ifPresent(distinct::add));
        List<StoreRequest> seeds = new ArrayList<>(distinct.stream()
                .map(k -> urls.search(k, 1, options.pageSize())).toList());
        seeds.addAll(sweep.seeds(options));
        return seeds;
    }

    /** A detail reply asked by the id sweep, or a search page. */
    @Override
    public DiscoveryResult parseDiscovery(StoreRequest request, StoreResponse response, DiscoveryOptions options) {
        return VivoUrls.sweptId(request.url()).isPresent() ? sweep.read(request, response, options)
                : discovery.read(request, response, options);
    }

    /** The detail reply only: the H5 API has no second source for a listing. */
    @Override
    public List<StoreRequest> listingRequests(AppRef app) {
        if (app.store() != StoreId.VIVO) {
            throw new IllegalArgumentException("Not a vivo app: " + app);
        }
        String id = app.storeAppId().strip();
        if (id.isEmpty() || !id.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new IllegalArgumentException("vivo app ids are numeric, got '" + app.storeAppId() + "'");
        }
        return List.of(urls.detail(id));
    }

    @Override
    public ListingResult parseListing(AppRef app, List<StoreResponse> responses) {
        return listings.read(app, responses);
    }

    /**
     * vivo's download endpoint ({@code appinfo/downloadApkFile?id=<id>}) answers 302 to its CDN, whose files are
     * named after an upload timestamp and a hash ({@code /appstore/developer/apk/20260928/2026092814340201<hash>.apk})
     * and reveal nothing; only {@code <package>.apk} and {@code <package>_<versionCode>.apk}, the names public clients
     * save vivo downloads under, are read ({@link ApkFileName}).
     */
    @Override
    public Optional<String> packageFromDownload(String finalUrl, Optional<String> fileName) {
        return ApkFileName.packageOf(finalUrl, fileName);
    }
}
