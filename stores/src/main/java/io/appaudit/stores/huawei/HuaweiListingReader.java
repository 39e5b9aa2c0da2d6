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
import io.appaudit.stores.AppRef;
import io.appaudit.stores.DownloadControl;
import io.appaudit.stores.Hash;
import io.appaudit.stores.Listing;
import io.appaudit.stores.ListingResult;
import io.appaudit.stores.ParseProblem;
import io.appaudit.stores.StoreId;
import io.appaudit.stores.StoreResponse;
import io.appaudit.stores.kit.ChineseCounts;
import io.appaudit.stores.kit.FilingNumbers;
import io.appaudit.stores.kit.JsonTree;
import io.appaudit.stores.kit.PackageName;
import io.appaudit.stores.kit.PlainText;
import io.appaudit.stores.kit.PlainUrls;
import io.appaudit.stores.kit.StoreDates;
import io.appaudit.stores.kit.StoreSizes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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

    // detailhiddencard: the app's identity and file.
    static final String VERSION_NAME = "versionName";
    static final String VERSION_CODE = "versionCode";
    static final String SIZE = "size";
    static final String FULL_SIZE = "fullSize";
    static final String SIZE_DESC = "sizeDesc";
    static final String MD5_FIELD = "md5";
    static final String SHA256_FIELD = "sha256";
    static final String TARGET_SDK = "targetSDK";
    static final String EDITOR_DESCRIBE = "editorDescribe";
    static final String DOWN_URL = "downurl";
    static final String PORTAL_URL = "portalUrl";
    // detailappinfocard and pcappinfocard: what the "关于应用" section shows.
    static final String DEVELOPER = "developer";
    static final String VERSION = "version";
    static final String RELEASE_DATE = "releaseDate";
    static final String WEBSITE = "webSite";
    static final String DEV_VIP_TYPE = "devVipType";
    static final String CONCEAL = "conceal";
    static final String PERMISSION_GROUPS = "appPermission.groupList";
    static final List<String> PERMISSION_TEXTS = List.of("authority.list", "appPermission.list");
    // appdetaildatacard and detailheadcard: score and installs.
    static final String SCORE_FIELD = "score";
    static final String SCORED_BY = "scoredBy";
    static final String DOWNLOADS = "downloads";
    static final String DOWNLOAD_UNIT = "downloadUnit";
    /** The placeholder in {@code downloadUnit} (an Android string-format argument). */
    static final String UNIT_PLACEHOLDER = "%1$s";
    static final String HEAD_INTRO = "intro";
    static final String STAR_DESC = "starDesc";
    static final String LABEL_NAMES = "labelNames";
    static final String SAFE_LABELS = "safeLabels";
    static final String GRADE_DESC = "gradeDesc";
    static final String TARIFF_DESC = "tariffDesc";
    // detailappintrocard, detailprizecard, detaileditorrecommendcard, pcscorecommentlistcard.
    static final String APP_INTRO = "appIntro";
    static final String BODY = "body";
    static final String COMMENT_SCORE = "list.0.score";
    // Entries of conceal, groupList[].list[] and authority.list[], and the labels they are matched by.
    static final String ENTRY_NAME = "name";
    static final String ENTRY_TITLE = "title";
    static final String ENTRY_TEXT = "text";
    static final String DETECTOR_NAME = "detectorName";
    static final String PRIVACY_LABEL = "隐私";
    static final String PERMISSIONS_LABEL = "权限";
    static final String PURPOSES_LABEL = "用途";

    private static final Pattern MD5 = Pattern.compile("[0-9A-Fa-f]{32}");
    private static final Pattern SHA256 = Pattern.compile("[0-9A-Fa-f]{64}");
    /** "1.更改网络连接性" lines in the numbered permission text. */
    private static final Pattern NUMBERED = Pattern.compile("^\\s*[0-9]+\\s*[.、．]\\s*");
    /** Android API levels that exist (1) or could soon (a margin above 36). */
    private static final int MAX_SDK = 100;

    private HuaweiListingReader() {
    }

    /** The detail reply of {@code app}, the first of {@code responses}, read through its envelope. */
    static ListingResult read(AppRef app, List<StoreResponse> responses) {
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
        return read(appId, sourceUrl, primary.fetchedAt(), cards);
    }

    static ListingResult read(String appId, String sourceUrl, Instant fetchedAt, List<JsonNode> cards) {
        if (cards.isEmpty()) {
            return new ListingResult.NotListed(StoreId.HUAWEI, appId, sourceUrl, "rtnCode 0 with an empty layoutData");
        }
        // each card's layoutName, read once (null when it has none)
        List<String> names = new ArrayList<>(cards.size());
        cards.forEach(c -> names.add(HuaweiCards.layoutName(c).orElse(null)));
        if (names.stream().allMatch(Objects::isNull)) {
            return drift(appId, sourceUrl, List.of("layoutData.*.layoutName"), "no card has a layoutName");
        }
        if (names.stream().noneMatch(HuaweiListingReader::isDetailCard)) {
            return new ListingResult.NotListed(StoreId.HUAWEI, appId, sourceUrl,
                    "rtnCode 0 and no app detail card among " + cards.size() + " cards");
        }
        Map<String, JsonNode> firsts = HuaweiCards.firsts(cards, names);
        Optional<JsonNode> hidden = Optional.ofNullable(firsts.get(HIDDEN));
        Optional<String> pkg = hidden.flatMap(h -> JsonTree.text(h, HuaweiCards.PACKAGE));
        Optional<String> name = hidden.flatMap(h -> JsonTree.text(h, HuaweiCards.NAME));
        List<String> missing = new ArrayList<>();
        if (pkg.filter(PackageName::isValid).isEmpty()) {
            missing.add(REQUIRED_PACKAGE);
        }
        if (name.isEmpty()) {
            missing.add(REQUIRED_NAME);
        }
        if (!missing.isEmpty()) {
            return drift(appId, sourceUrl, missing, "detail cards without the app's package or name");
        }
        List<JsonNode> lists = new ArrayList<>();
        for (int i = 0; i < cards.size(); i++) {
            if (!isDetailCard(names.get(i))) {
                lists.add(cards.get(i));
            }
        }
        return new ListingResult.Listed(listing(appId, pkg.get(), name.get(), sourceUrl, fetchedAt, hidden.get(),
                firsts, lists));
    }

    private static boolean isDetailCard(String layoutName) {
        return layoutName != null && HuaweiCards.DETAIL_CARDS.contains(layoutName);
    }

    /** The listing from the detail cards ({@code firsts}: each card's first dataList entry by layoutName). */
    private static Listing listing(String appId, String pkg, String name, String sourceUrl, Instant fetchedAt,
                                   JsonNode hidden, Map<String, JsonNode> firsts, List<JsonNode> lists) {
        Optional<JsonNode> head = Optional.ofNullable(firsts.get(HEAD));
        Optional<JsonNode> info = Optional.ofNullable(firsts.get(APP_INFO));
        Optional<JsonNode> pcInfo = Optional.ofNullable(firsts.get(PC_APP_INFO));
        Optional<JsonNode> data = Optional.ofNullable(firsts.get(DATA));
        Optional<JsonNode> intro = Optional.ofNullable(firsts.get(INTRO));
        Optional<JsonNode> prize = Optional.ofNullable(firsts.get(PRIZE));
        Optional<JsonNode> editor = Optional.ofNullable(firsts.get(EDITOR));
        String servedId = JsonTree.text(hidden, HuaweiCards.APPID).filter(HuaweiUrls::isAppId).orElse(appId);
        Optional<String> description = intro.flatMap(n -> JsonTree.text(n, APP_INTRO)).flatMap(PlainText::paragraphs);
        Optional<String> shortDescription = JsonTree.text(hidden, EDITOR_DESCRIBE).flatMap(PlainText::paragraphs);
        Optional<String> editorNote = editor.flatMap(n -> JsonTree.text(n, BODY)).flatMap(PlainText::paragraphs);
        Optional<String> changelog = prize.flatMap(n -> JsonTree.text(n, BODY)).flatMap(PlainText::paragraphs);

        Listing.Builder b = Listing.builder(StoreId.HUAWEI, appId, pkg)
                .name(name)
                .developer(either(info, pcInfo, DEVELOPER).orElse(null))
                .versionName(JsonTree.text(hidden, VERSION_NAME).or(() -> either(info, pcInfo, VERSION))
                        .orElse(null))
                .versionCode(JsonTree.number(hidden, VERSION_CODE).orElse(null))
                .updatedAt(either(info, pcInfo, RELEASE_DATE).flatMap(StoreDates::text).orElse(null))
                .sizeBytes(size(hidden, info).orElse(null))
                .downloads(downloads(data, head).orElse(null))
                .rating(rating(data, Optional.ofNullable(firsts.get(SCORE)), head).orElse(null))
                .shortDescription(shortDescription.orElse(null))
                .description(description.orElse(null))
                .privacyPolicyUrl(pcInfo.flatMap(HuaweiListingReader::privacyPolicy).orElse(null))
                .website(either(pcInfo, info, WEBSITE).orElse(null))
                .permissions(pcInfo.flatMap(HuaweiListingReader::permissions).orElse(null))
                .filingNumber(Stream.of(description, shortDescription, editorNote, changelog)
                        .flatMap(Optional::stream).map(FilingNumbers::find).flatMap(Optional::stream)
                        .findFirst().orElse(null))
                .targetSdk(JsonTree.number(hidden, TARGET_SDK).filter(n -> n > 0 && n <= MAX_SDK)
                        .map(Long::intValue).orElse(null))
                .sourceUrl(sourceUrl)
                .fetchedAt(fetchedAt);
        JsonTree.text(hidden, MD5_FIELD).filter(h -> MD5.matcher(h).matches()).ifPresent(h -> b.addHash(Hash.Kind.MD5, h));
        JsonTree.text(hidden, SHA256_FIELD).filter(h -> SHA256.matcher(h).matches())
                .ifPresent(h -> b.addHash(Hash.Kind.SHA256, h));
        JsonTree.text(hidden, DOWN_URL).filter(PlainUrls::isHttp)
                .ifPresent(u -> b.addDownloadControl(DownloadControl.Kind.PRIMARY, INSTALL_LABEL, u));
        b.addDownloadControl(DownloadControl.Kind.APK_ENDPOINT, INSTALL_LABEL, HuaweiUrls.apk(servedId));
        HuaweiCards.apps(lists, "related:" + appId).values().stream()
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
            b.extra("reviewLabels", String.join(", ", HuaweiCards.texts(h, LABEL_NAMES, HuaweiCards.NAME)));
            b.extra("safeLabels", String.join(", ", HuaweiCards.texts(h, SAFE_LABELS, HuaweiCards.NAME)));
            b.extra("detector", String.join(", ", HuaweiCards.texts(h, SAFE_LABELS, DETECTOR_NAME)));
            b.extra("installsText", JsonTree.text(h, HEAD_INTRO).orElse(null));
            b.extra("ageRating", JsonTree.text(h, GRADE_DESC).orElse(null));
            b.extra("tariff", JsonTree.text(h, TARIFF_DESC).orElse(null));
        });
        data.flatMap(d -> JsonTree.number(d, SCORED_BY)).ifPresent(n -> b.extra("ratingCount", Long.toString(n)));
        pcInfo.flatMap(p -> JsonTree.text(p, DEV_VIP_TYPE)).ifPresent(v -> b.extra("devVipType", v));
        b.extra("portalUrl", JsonTree.text(hidden, PORTAL_URL).orElse(null));
        b.extra("editorRecommend", editorNote.orElse(null));
        b.extra("changelog", changelog.orElse(null));
    }

    /** The value from the first card that has it (detailappinfocard and pcappinfocard repeat several fields). */
    private static Optional<String> either(Optional<JsonNode> first, Optional<JsonNode> second, String field) {
        return first.flatMap(n -> JsonTree.text(n, field)).or(() -> second.flatMap(n -> JsonTree.text(n, field)));
    }

    private static Optional<Long> size(JsonNode hidden, Optional<JsonNode> info) {
        return JsonTree.number(hidden, SIZE).filter(n -> n > 0)
                .or(() -> JsonTree.number(hidden, FULL_SIZE).filter(n -> n > 0))
                .or(() -> JsonTree.text(hidden, SIZE_DESC).flatMap(StoreSizes::parse))
                .or(() -> info.flatMap(n -> JsonTree.text(n, SIZE_DESC)).flatMap(StoreSizes::parse));
    }

    private static Optional<Long> downloads(Optional<JsonNode> data, Optional<JsonNode> head) {
        return data.flatMap(d -> installsFromTemplate(JsonTree.text(d, DOWNLOADS).orElse(null),
                        JsonTree.text(d, DOWNLOAD_UNIT).orElse(null)))
                .or(() -> head.flatMap(h -> JsonTree.text(h, HEAD_INTRO)).flatMap(ChineseCounts::parse));
    }

    /**
     * A count from {@code appdetaildatacard}: {@code downloads} (265) put into its {@code downloadUnit} template
     * ({@code "%1$s亿"}, an Android string-format argument).
     */
    private static Optional<Long> installsFromTemplate(String downloads, String unitTemplate) {
        if (downloads == null || unitTemplate == null || !unitTemplate.contains(UNIT_PLACEHOLDER)) {
            return Optional.empty();
        }
        return ChineseCounts.parse(unitTemplate.replace(UNIT_PLACEHOLDER, downloads));
    }

    /** AppGallery scores on 0–5 already; {@code stars} is the score rounded to half stars, so it comes last. */
    private static Optional<Double> rating(Optional<JsonNode> data, Optional<JsonNode> scores,
                                           Optional<JsonNode> head) {
        return data.flatMap(d -> JsonTree.decimal(d, SCORE_FIELD))
                .or(() -> scores.flatMap(s -> JsonTree.decimal(s, COMMENT_SCORE)))
                .or(() -> head.flatMap(h -> JsonTree.text(h, STAR_DESC)).flatMap(HuaweiText::leadingDecimal))
                .filter(r -> r >= 0 && r <= 5);
    }

    /** {@code conceal} is the 隐私政策 entry: its {@code text} is the policy's URL. */
    private static Optional<String> privacyPolicy(JsonNode pcInfo) {
        return JsonTree.at(pcInfo, CONCEAL)
                .filter(c -> JsonTree.text(c, ENTRY_NAME).map(n -> n.contains(PRIVACY_LABEL)).orElse(true))
                .flatMap(c -> JsonTree.text(c, ENTRY_TEXT));
    }

    /**
     * The permission titles of {@code appPermission.groupList[].list[]}; else the numbered list in the
     * {@code authority.list[]} entry titled "检测出此应用获取 N 个敏感隐私权限" (not the "用途说明" entry). An empty
     * groupList with no numbered list is an explicitly empty permission list.
     */
    private static Optional<List<String>> permissions(JsonNode pcInfo) {
        List<String> titles = new ArrayList<>();
        JsonTree.array(pcInfo, PERMISSION_GROUPS)
                .forEach(g -> titles.addAll(HuaweiCards.texts(g, HuaweiCards.NESTED_LIST, ENTRY_TITLE)));
        if (!titles.isEmpty()) {
            return Optional.of(titles);
        }
        for (String path : PERMISSION_TEXTS) {
            for (JsonNode entry : JsonTree.array(pcInfo, path)) {
                Optional<String> title = JsonTree.text(entry, ENTRY_TITLE);
                if (title.filter(t -> t.contains(PERMISSIONS_LABEL) && !t.contains(PURPOSES_LABEL)).isPresent()) {
                    List<String> lines = JsonTree.text(entry, ENTRY_TEXT).stream()
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
        return JsonTree.at(pcInfo, PERMISSION_GROUPS).filter(g -> g.isArray() && g.isEmpty())
                .map(g -> List.of());
    }

    private static ListingResult drift(String appId, String sourceUrl, List<String> missing, String message) {
        return ListingResult.Problem.of(StoreId.HUAWEI, appId, sourceUrl, ParseProblem.Kind.DRIFT, missing, message);
    }
}
