package io.appaudit.stores.huawei;

import static io.appaudit.stores.huawei.HuaweiCards.APP_INFO;
import static io.appaudit.stores.huawei.HuaweiCards.DATA;
import static io.appaudit.stores.huawei.HuaweiCards.EDITOR;
import static io.appaudit.stores.huawei.HuaweiCards.HEAD;
import static io.appaudit.stores.huawei.HuaweiCards.HIDDEN;
import static io.appaudit.stores.huawei.HuaweiCards.INTRO;
import static io.appaudit.stores.huawei.HuaweiCards.PC_APP_INFO;
import static io.appaudit.stores.huawei.HuaweiCards.PRIZE;
import static io.appaudit.stores.huawei.HuaweiCards.SCORE;

import com.fasterxml.jackson.databind.JsonNode;
import io.appaudit.stores.DownloadControl;
import io.appaudit.stores.FilingNumbers;
import io.appaudit.stores.Hash;
import io.appaudit.stores.JsonTree;
import io.appaudit.stores.Listing;
import io.appaudit.stores.ListingResult;
import io.appaudit.stores.ParseProblem;
import io.appaudit.stores.StoreDates;
import io.appaudit.stores.StoreId;
import io.appaudit.stores.StoreSizes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Turns the cards of one detail reply ({@code uri=app|C<id>}) into a listing, "not listed", or drift. */
final class HuaweiListingReader {

    /** The web page has no button text in its JSON; the AppGallery web page's button reads 安装. */
    static final String INSTALL_LABEL = "安装";

    /** What a healthy detail reply must hold: the hidden card's package and name. */
    static final String REQUIRED_PACKAGE = "layoutData[layoutName=detailhiddencard].dataList.0.package";
    static final String REQUIRED_NAME = "layoutData[layoutName=detailhiddencard].dataList.0.name";

    private static final Pattern MD5 = Pattern.compile("[0-9A-Fa-f]{32}");
    private static final Pattern SHA256 = Pattern.compile("[0-9A-Fa-f]{64}");
    /** "1.更改网络连接性" lines in the numbered permission text. */
    private static final Pattern NUMBERED = Pattern.compile("^\\s*[0-9]+\\s*[.、．]\\s*");
    /** Android API levels that exist (1) or could soon (a margin above 36). */
    private static final int MAX_SDK = 100;

    private HuaweiListingReader() {
    }

    static ListingResult read(String appId, String sourceUrl, Instant fetchedAt, List<JsonNode> cards) {
        if (cards.isEmpty()) {
            return new ListingResult.NotListed(StoreId.HUAWEI, appId, sourceUrl, "rtnCode 0 with an empty layoutData");
        }
        if (cards.stream().allMatch(c -> HuaweiCards.layoutName(c).isEmpty())) {
            return drift(appId, sourceUrl, List.of("layoutData.*.layoutName"), "no card has a layoutName");
        }
        if (cards.stream().noneMatch(c -> HuaweiCards.layoutName(c).filter(HuaweiCards.DETAIL_CARDS::contains)
                .isPresent())) {
            return new ListingResult.NotListed(StoreId.HUAWEI, appId, sourceUrl,
                    "rtnCode 0 and no app detail card among " + cards.size() + " cards");
        }
        Optional<JsonNode> hidden = HuaweiCards.first(cards, HIDDEN);
        Optional<String> pkg = hidden.flatMap(h -> JsonTree.text(h, HuaweiCards.PACKAGE));
        Optional<String> name = hidden.flatMap(h -> JsonTree.text(h, HuaweiCards.NAME));
        List<String> missing = new ArrayList<>();
        if (pkg.filter(HuaweiPackages::isPackageName).isEmpty()) {
            missing.add(REQUIRED_PACKAGE);
        }
        if (name.isEmpty()) {
            missing.add(REQUIRED_NAME);
        }
        if (!missing.isEmpty()) {
            return drift(appId, sourceUrl, missing, "detail cards without the app's package or name");
        }
        return new ListingResult.Listed(listing(appId, pkg.get(), name.get(), sourceUrl, fetchedAt, hidden.get(),
                cards));
    }

    private static Listing listing(String appId, String pkg, String name, String sourceUrl, Instant fetchedAt,
                                   JsonNode hidden, List<JsonNode> cards) {
        Optional<JsonNode> head = HuaweiCards.first(cards, HEAD);
        Optional<JsonNode> info = HuaweiCards.first(cards, APP_INFO);
        Optional<JsonNode> pcInfo = HuaweiCards.first(cards, PC_APP_INFO);
        Optional<JsonNode> data = HuaweiCards.first(cards, DATA);
        Optional<JsonNode> intro = HuaweiCards.first(cards, INTRO);
        Optional<JsonNode> prize = HuaweiCards.first(cards, PRIZE);
        Optional<JsonNode> editor = HuaweiCards.first(cards, EDITOR);
        String servedId = JsonTree.text(hidden, HuaweiCards.APPID).filter(s -> HuaweiUrls.APP_ID.matcher(s).matches())
                .orElse(appId);

        Optional<String> description = intro.flatMap(n -> JsonTree.text(n, "appIntro")).flatMap(HuaweiText::plain);
        Optional<String> shortDescription = JsonTree.text(hidden, "editorDescribe").flatMap(HuaweiText::plain);
        Optional<String> editorNote = editor.flatMap(n -> JsonTree.text(n, "body")).flatMap(HuaweiText::plain);
        Optional<String> changelog = prize.flatMap(n -> JsonTree.text(n, "body")).flatMap(HuaweiText::plain);

        Listing.Builder b = Listing.builder(StoreId.HUAWEI, appId, pkg)
                .name(name)
                .developer(either(info, pcInfo, "developer").orElse(null))
                .versionName(JsonTree.text(hidden, "versionName").or(() -> either(info, pcInfo, "version")).orElse(null))
                .versionCode(JsonTree.number(hidden, "versionCode").orElse(null))
                .updatedAt(either(info, pcInfo, "releaseDate").flatMap(StoreDates::text).orElse(null))
                .sizeBytes(size(hidden, info).orElse(null))
                .downloads(downloads(data, head).orElse(null))
                .rating(rating(data, cards, head).orElse(null))
                .shortDescription(shortDescription.orElse(null))
                .description(description.orElse(null))
                .privacyPolicyUrl(pcInfo.flatMap(HuaweiListingReader::privacyPolicy).orElse(null))
                .website(either(pcInfo, info, "webSite").orElse(null))
                .permissions(pcInfo.flatMap(HuaweiListingReader::permissions).orElse(null))
                .filingNumber(Stream.of(description, shortDescription, editorNote, changelog)
                        .flatMap(Optional::stream).map(FilingNumbers::find).flatMap(Optional::stream)
                        .findFirst().orElse(null))
                .targetSdk(JsonTree.number(hidden, "targetSDK").filter(n -> n > 0 && n <= MAX_SDK)
                        .map(Long::intValue).orElse(null))
                .sourceUrl(sourceUrl)
                .fetchedAt(fetchedAt);
        JsonTree.text(hidden, "md5").filter(h -> MD5.matcher(h).matches()).ifPresent(h -> b.addHash(Hash.Kind.MD5, h));
        JsonTree.text(hidden, "sha256").filter(h -> SHA256.matcher(h).matches())
                .ifPresent(h -> b.addHash(Hash.Kind.SHA256, h));
        JsonTree.text(hidden, "downurl").filter(HuaweiText::isHttpUrl)
                .ifPresent(u -> b.addDownloadControl(DownloadControl.Kind.PRIMARY, INSTALL_LABEL, u));
        b.addDownloadControl(DownloadControl.Kind.APK_ENDPOINT, INSTALL_LABEL, HuaweiUrls.apk(servedId));
        HuaweiCards.apps(cards.stream().filter(c -> HuaweiCards.layoutName(c)
                        .filter(HuaweiCards.DETAIL_CARDS::contains).isEmpty()).toList(), "related:" + appId)
                .values().stream()
                .filter(r -> !r.storeAppId().equals(appId) && !r.storeAppId().equals(servedId))
                .forEach(b::addRelated);
        extras(b, hidden, head, pcInfo, data, editorNote, changelog);
        if (!servedId.equals(appId)) {
            b.extra("servedAppId", servedId);
        }
        return b.build();
    }

    private static void extras(Listing.Builder b, JsonNode hidden, Optional<JsonNode> head, Optional<JsonNode> pcInfo,
                               Optional<JsonNode> data, Optional<String> editorNote, Optional<String> changelog) {
        head.ifPresent(h -> {
            b.extra("reviewLabels", String.join(", ", HuaweiCards.texts(h, "labelNames", "name")));
            b.extra("safeLabels", String.join(", ", HuaweiCards.texts(h, "safeLabels", "name")));
            b.extra("detector", String.join(", ", HuaweiCards.texts(h, "safeLabels", "detectorName")));
            b.extra("installsText", JsonTree.text(h, "intro").orElse(null));
            b.extra("ageRating", JsonTree.text(h, "gradeDesc").orElse(null));
            b.extra("tariff", JsonTree.text(h, "tariffDesc").orElse(null));
        });
        data.flatMap(d -> JsonTree.number(d, "scoredBy")).ifPresent(n -> b.extra("ratingCount", Long.toString(n)));
        pcInfo.flatMap(p -> JsonTree.text(p, "devVipType")).ifPresent(v -> b.extra("devVipType", v));
        b.extra("portalUrl", JsonTree.text(hidden, "portalUrl").orElse(null));
        b.extra("editorRecommend", editorNote.orElse(null));
        b.extra("changelog", changelog.orElse(null));
    }

    /** The value from the first card that has it (detailappinfocard and pcappinfocard repeat several fields). */
    private static Optional<String> either(Optional<JsonNode> first, Optional<JsonNode> second, String field) {
        return first.flatMap(n -> JsonTree.text(n, field)).or(() -> second.flatMap(n -> JsonTree.text(n, field)));
    }

    private static Optional<Long> size(JsonNode hidden, Optional<JsonNode> info) {
        return JsonTree.number(hidden, "size").filter(n -> n > 0)
                .or(() -> JsonTree.number(hidden, "fullSize").filter(n -> n > 0))
                .or(() -> JsonTree.text(hidden, "sizeDesc").flatMap(StoreSizes::parse))
                .or(() -> info.flatMap(n -> JsonTree.text(n, "sizeDesc")).flatMap(StoreSizes::parse));
    }

    private static Optional<Long> downloads(Optional<JsonNode> data, Optional<JsonNode> head) {
        return data.flatMap(d -> InstallCounts.fromTemplate(JsonTree.text(d, "downloads").orElse(null),
                        JsonTree.text(d, "downloadUnit").orElse(null)))
                .or(() -> head.flatMap(h -> JsonTree.text(h, "intro")).flatMap(InstallCounts::parse));
    }

    /** AppGallery scores on 0–5 already; {@code stars} is the score rounded to half stars, so it comes last. */
    private static Optional<Double> rating(Optional<JsonNode> data, List<JsonNode> cards, Optional<JsonNode> head) {
        return data.flatMap(d -> JsonTree.decimal(d, "score"))
                .or(() -> HuaweiCards.first(cards, SCORE).flatMap(s -> JsonTree.decimal(s, "list.0.score")))
                .or(() -> head.flatMap(h -> JsonTree.text(h, "starDesc")).flatMap(HuaweiText::leadingDecimal))
                .filter(r -> r >= 0 && r <= 5);
    }

    /** {@code conceal} is the 隐私政策 entry: its {@code text} is the policy's URL. */
    private static Optional<String> privacyPolicy(JsonNode pcInfo) {
        return JsonTree.at(pcInfo, "conceal")
                .filter(c -> JsonTree.text(c, "name").map(n -> n.contains("隐私")).orElse(true))
                .flatMap(c -> JsonTree.text(c, "text"));
    }

    /**
     * The permission titles of {@code appPermission.groupList[].list[]}; else the numbered list in the
     * {@code authority.list[]} entry titled "检测出此应用获取 N 个敏感隐私权限" (not the "用途说明" entry). An empty
     * groupList with no numbered list is an explicitly empty permission list.
     */
    private static Optional<List<String>> permissions(JsonNode pcInfo) {
        List<String> titles = new ArrayList<>();
        JsonTree.array(pcInfo, "appPermission.groupList")
                .forEach(g -> titles.addAll(HuaweiCards.texts(g, HuaweiCards.NESTED_LIST, "title")));
        if (!titles.isEmpty()) {
            return Optional.of(titles);
        }
        for (String path : List.of("authority.list", "appPermission.list")) {
            for (JsonNode entry : JsonTree.array(pcInfo, path)) {
                Optional<String> title = JsonTree.text(entry, "title");
                if (title.filter(t -> t.contains("权限") && !t.contains("用途")).isPresent()) {
                    List<String> lines = JsonTree.text(entry, "text").stream()
                            .flatMap(t -> t.lines())
                            .map(l -> NUMBERED.matcher(l).replaceFirst("").strip())
                            .filter(l -> !l.isEmpty())
                            .toList();
                    if (!lines.isEmpty()) {
                        return Optional.of(lines);
                    }
                }
            }
        }
        return JsonTree.at(pcInfo, "appPermission.groupList").filter(g -> g.isArray() && g.isEmpty())
                .map(g -> List.of());
    }

    private static ListingResult drift(String appId, String sourceUrl, List<String> missing, String message) {
        return ListingResult.Problem.of(StoreId.HUAWEI, appId, sourceUrl, ParseProblem.Kind.DRIFT, missing, message);
    }
}
