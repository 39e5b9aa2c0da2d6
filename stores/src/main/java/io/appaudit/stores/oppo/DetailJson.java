package io.appaudit.stores.oppo;

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
import io.appaudit.stores.kit.PlainText;
import io.appaudit.stores.kit.PlainUrls;
import io.appaudit.stores.kit.StoreDates;
import io.appaudit.stores.kit.StoreSizes;
import io.appaudit.stores.kit.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Reads the signed client API's detail ({@code /detail/v4/<appId>?query=1,4,7&source=1}). The documented keys
 * come from public crawlers (2020–2021); the "accepted" lists add keys for disclosures no public JSON shows yet
 * (privacy, permissions, 备案, target SDK, MD5): each is read only by its name, never guessed at.
 */
final class DetailJson {

    static final String APP_ID = "base.appId";
    static final String NAME = "base.appName";
    static final String PACKAGE = "base.pkgName";
    static final String VERSION_NAME = "base.verName";
    static final String SIZE = "base.sizeDesc";
    static final String DOWNLOADS = "base.dlDesc";
    static final String DOWNLOAD_COUNT = "base.dlCount";
    static final String RATING = "base.grade";
    static final String CATEGORY = "base.catName";
    static final String APK_URL = "base.url";
    static final String VERSION_ID = "base.verId";
    static final String DEVELOPER = "developer.developer";
    static final String TAGS = "appTags";
    static final String TAG_NAME = "tagName";

    static final List<String> VERSION_CODE = List.of("base.verCode", "base.versionCode");
    static final List<String> RELEASE_TIME = List.of("developer.releaseTime", "base.releaseTime");
    static final List<String> SHORT_DESCRIPTION = List.of("base.shortDesc", "base.brief");
    static final List<String> DESCRIPTION = List.of("base.desc", "base.description");
    static final List<String> PRIVACY = List.of("developer.privacyUrl", "developer.privacyPolicyUrl",
            "base.privacyUrl", "base.privacyPolicyUrl", "privacyUrl");
    static final List<String> WEBSITE = List.of("developer.website", "developer.webSite");
    static final List<String> PERMISSIONS = List.of("permissions", "permission", "base.permissions",
            "developer.permissions", "developer.permission");
    static final List<String> PERMISSION_NAME = List.of("name", "desc", "title", "permissionName");
    static final List<String> FILING = List.of("developer.registrationNum", "base.registrationNum",
            "developer.icpNum", "base.icpNum", "developer.recordNum", "base.recordNum");
    static final List<String> TARGET_SDK = List.of("base.targetSdkVersion", "base.targetSdk");
    static final List<String> MD5 = List.of("base.md5", "base.apkMd5", "base.fileMd5");

    /** What OPPO puts in {@code base.appId} for an app it does not have. */
    static final long NOT_FOUND_ID = -404;
    /** {@code dlCount} is an int on OPPO's side and saturates here (WeChat shows it): the value then means nothing. */
    static final long SATURATED_COUNT = Integer.MAX_VALUE;
    static final String APK_ENDPOINT_LABEL = "base.url";

    private DetailJson() {
    }

    static ListingResult parse(AppRef app, StoreResponse response) {
        String url = response.url();
        if (response.status() == 404) {
            return new ListingResult.NotListed(StoreId.OPPO, app.storeAppId(), url, "HTTP 404 from the detail API");
        }
        Replies.Outcome outcome = Replies.json(response);
        if (outcome instanceof Replies.Refused r) {
            return ListingResult.Problem.of(StoreId.OPPO, app.storeAppId(), url, r.kind(), List.of(), r.message());
        }
        JsonNode root = ((Replies.Json) outcome).root();
        if (JsonTree.number(root, APP_ID).filter(id -> id == NOT_FOUND_ID).isPresent()) {
            return new ListingResult.NotListed(StoreId.OPPO, app.storeAppId(), url, "base.appId is -404");
        }
        Optional<String> pkg = JsonTree.text(root, PACKAGE);
        Optional<String> name = JsonTree.text(root, NAME);
        List<String> missing = new ArrayList<>();
        if (pkg.isEmpty()) {
            missing.add(PACKAGE);
        }
        if (name.isEmpty()) {
            missing.add(NAME);
        }
        if (!missing.isEmpty()) {
            return ListingResult.Problem.of(StoreId.OPPO, app.storeAppId(), url, ParseProblem.Kind.DRIFT, missing,
                    "the detail lacks " + String.join(", ", missing));
        }
        String appId = JsonTree.text(root, APP_ID).filter(OppoDiscovery::isId).orElse(app.storeAppId());
        Optional<String> shortDescription = firstText(root, SHORT_DESCRIPTION).flatMap(PlainText::lines);
        Optional<String> description = firstText(root, DESCRIPTION).flatMap(PlainText::lines);
        Listing.Builder b = Listing.builder(StoreId.OPPO, appId, pkg.get())
                .name(name.get())
                .developer(JsonTree.text(root, DEVELOPER).orElse(null))
                .versionName(JsonTree.text(root, VERSION_NAME).orElse(null))
                .versionCode(firstNumber(root, VERSION_CODE).orElse(null))
                .updatedAt(firstNumber(root, RELEASE_TIME).flatMap(StoreDates::epochMillis).orElse(null))
                .sizeBytes(JsonTree.text(root, SIZE).flatMap(StoreSizes::parse).orElse(null))
                .downloads(downloads(root).orElse(null))
                .rating(JsonTree.decimal(root, RATING).filter(g -> g > 0 && g <= 5).orElse(null))
                .category(JsonTree.text(root, CATEGORY).orElse(null))
                .shortDescription(shortDescription.orElse(null))
                .description(description.orElse(null))
                .privacyPolicyUrl(firstText(root, PRIVACY).filter(PlainUrls::isHttp).orElse(null))
                .website(firstText(root, WEBSITE).filter(PlainUrls::isHttp).orElse(null))
                .permissions(permissions(root).orElse(null))
                .targetSdk(firstNumber(root, TARGET_SDK).filter(n -> n > 0 && n < 1000).map(Long::intValue)
                        .orElse(null))
                // a filing field first; else the listing's own text (the JSON carries no store footer)
                .filingNumber(firstText(root, FILING)
                        .or(() -> FilingNumbers.find(shortDescription.orElse("") + "\n" + description.orElse("")))
                        .orElse(null))
                .sourceUrl(url)
                .fetchedAt(response.fetchedAt());
        firstText(root, MD5).filter(m -> m.matches("[0-9a-fA-F]{32}")).ifPresent(m -> b.addHash(Hash.Kind.MD5, m));
        b.addDownloadControl(DownloadControl.Kind.APK_ENDPOINT, APK_ENDPOINT_LABEL,
                JsonTree.text(root, APK_URL).filter(PlainUrls::isHttp).orElse(null));
        JsonTree.text(root, VERSION_ID).ifPresent(v -> b.extra("verId", v));
        JsonTree.text(root, DOWNLOADS).ifPresent(v -> b.extra("dlDesc", v));
        String tags = JsonTree.array(root, TAGS).stream().map(t -> JsonTree.text(t, TAG_NAME))
                .flatMap(Optional::stream).collect(Collectors.joining(","));
        b.extra("tags", tags);
        return new ListingResult.Listed(b.build());
    }

    private static Optional<Long> downloads(JsonNode root) {
        return JsonTree.text(root, DOWNLOADS).flatMap(ChineseCounts::parse)
                .or(() -> JsonTree.number(root, DOWNLOAD_COUNT).filter(n -> n >= 0 && n < SATURATED_COUNT));
    }

    /** An explicit list, possibly empty; absent when no accepted key holds an array. */
    private static Optional<List<String>> permissions(JsonNode root) {
        Optional<String> key = PERMISSIONS.stream()
                .filter(k -> JsonTree.at(root, k).filter(JsonNode::isArray).isPresent()).findFirst();
        return key.map(k -> {
            List<String> out = new ArrayList<>();
            for (JsonNode p : JsonTree.array(root, k)) {
                Optional<String> text = p.isValueNode() ? Text.present(p.asText())
                        : PERMISSION_NAME.stream().map(n -> JsonTree.text(p, n)).flatMap(Optional::stream).findFirst();
                text.ifPresent(out::add);
            }
            return out;
        });
    }

    /** The first accepted path that holds a number. */
    private static Optional<Long> firstNumber(JsonNode root, List<String> paths) {
        return paths.stream().map(p -> JsonTree.number(root, p)).flatMap(Optional::stream).findFirst();
    }

    private static Optional<String> firstText(JsonNode root, List<String> paths) {
        return paths.stream().map(p -> JsonTree.text(root, p)).flatMap(Optional::stream).findFirst();
    }
}
