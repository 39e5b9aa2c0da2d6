package io.appaudit.stores.tencent;

import com.fasterxml.jackson.databind.JsonNode;
import io.appaudit.stores.AppRef;
import io.appaudit.stores.Hash;
import io.appaudit.stores.Listing;
import io.appaudit.stores.ListingResult;
import io.appaudit.stores.ParseProblem;
import io.appaudit.stores.StoreId;
import io.appaudit.stores.StoreResponse;
import io.appaudit.stores.kit.JsonTree;
import io.appaudit.stores.kit.PackageName;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jsoup.Jsoup;

/**
 * Turns the detail page (primary) and a.app.qq.com (supplement) into one listing. sj.qq.com's values win; the
 * supplement fills what the primary lacks, and where both name a developer, operator, version or MD5 and they differ,
 * the supplement's value is kept in the extras under {@code a.app.qq.com.<field>}.
 */
final class TencentListingReader {

    // sj.qq.com itemData fields (README "Tencent"; public crawlers).
    static final String APP_ID = "app_id";
    static final String DEVELOPER = "developer";
    static final String OPERATOR = "operator";
    static final String VERSION_NAME = "version_name";
    static final String VERSION_CODE = "version_code";
    static final String UPDATE_TIME = "update_time";
    static final String APK_SIZE = "apk_size";
    static final String DOWNLOADS = "download_num";
    static final String RATING = "average_rating";
    static final String DESCRIPTION = "description";
    static final String SHORT_DESCRIPTION = "editor_intro";
    static final String MD5 = "md_5";
    static final String TAGS = "tags_st";
    static final String TAG_NAME = "tag_name";
    static final String DOWNLOAD_URL = "download_url";
    static final List<String> CATEGORY_KEYS = List.of("category_name", "cate_name", "categoryName", "category");
    static final List<String> FLAG_KEYS = List.of("is_official", "official", "is_game");
    // a.app.qq.com appDetail fields (samples/tencent a.app.qq.com excerpt).
    static final String S_NAME = "appName";
    static final String S_AUTHOR = "author";
    static final String S_DEVELOPER = "developer";
    static final String S_VERSION = "versionName";
    static final String S_APK_URL_64 = "apkUrl64";
    static final String S_APK_URL = "apkUrl";
    static final String S_MD5 = "apkMd5";
    static final String S_SIZE = "fileSize.bytes";
    static final String S_DOWNLOADS = "downCount.bytes";
    static final String S_RATING = "rating.averageRating";

    static final String PRIMARY_SOURCE = "sj.qq.com";
    static final String SUPPLEMENT_SOURCE = "a.app.qq.com";
    static final String SUPPLEMENT_PROBLEM = "supplement.problem";

    private TencentListingReader() {
    }

    static ListingResult read(AppRef app, List<StoreResponse> responses) {
        String pkg = app.storeAppId();
        String primaryUrl = TencentUrls.detailUrl(pkg);
        Optional<StoreResponse> primary = responses.stream().filter(r -> r.url().startsWith(TencentUrls.DETAIL_URL))
                .findFirst();
        Optional<StoreResponse> supplement = responses.stream()
                .filter(r -> r.url().startsWith(TencentUrls.SUPPLEMENT_URL)).findFirst();
        if (primary.isEmpty()) {
            return ListingResult.Problem.of(StoreId.TENCENT, pkg, supplement.map(StoreResponse::url).orElse(primaryUrl),
                    ParseProblem.Kind.UNEXPECTED_FORMAT, List.of(primaryUrl),
                    "no response from the detail page; a supplement alone is not a listing");
        }
        DetailPage.Outcome outcome = DetailPage.read(primary.get(), pkg);
        if (outcome instanceof DetailPage.Outcome.Settled settled) {
            return settled.result();
        }
        DetailPage.Outcome.Found page = (DetailPage.Outcome.Found) outcome;
        Optional<SystemData.Result> extra = supplement.map(s -> SystemData.read(s, pkg));
        return new ListingResult.Listed(build(app, primary.get(), page, supplement, extra));
    }

    private static Listing build(AppRef app, StoreResponse primary, DetailPage.Outcome.Found page,
                                 Optional<StoreResponse> supplementResponse, Optional<SystemData.Result> supplement) {
        String pkg = app.storeAppId();
        ItemFields f = new ItemFields(page.item());
        Listing.Builder b = Listing.builder(StoreId.TENCENT, pkg, pkg)
                .sourceUrl(primary.url()).fetchedAt(primary.fetchedAt())
                .name(f.text(DetailPage.NAME).orElse(null))
                .developer(f.text(DEVELOPER).orElse(null))
                .operator(f.text(OPERATOR).orElse(null))
                .versionName(f.text(VERSION_NAME).orElse(null))
                .versionCode(f.number(VERSION_CODE).orElse(null))
                .updatedAt(f.date(UPDATE_TIME).orElse(null))
                .sizeBytes(f.bytes(APK_SIZE).orElse(null))
                .downloads(f.count(DOWNLOADS).orElse(null))
                .rating(f.rating(RATING).orElse(null))
                .shortDescription(f.plainText(SHORT_DESCRIPTION).orElse(null))
                .description(f.plainText(DESCRIPTION).orElse(null))
                .privacyPolicyUrl(f.urlByKey(ItemFields.PRIVACY_KEYS).orElse(null))
                .website(f.website().orElse(null))
                .permissions(f.permissions().orElse(null))
                .filingNumber(f.filingField().or(f::filingInText).orElse(null))
                .targetSdk(f.targetSdk().orElse(null))
                .addHash(Hash.Kind.MD5, f.text(MD5).orElse(null))
                .extra(PRIMARY_SOURCE + "." + APP_ID, f.text(APP_ID).orElse(null));
        List<String> tags = tags(f);
        b.category(f.text(CATEGORY_KEYS.toArray(String[]::new)).or(() -> tags.stream().findFirst()).orElse(null));
        if (!tags.isEmpty()) {
            b.extra(PRIMARY_SOURCE + ".tags", String.join(",", tags));
        }
        FLAG_KEYS.forEach(k -> b.extra(PRIMARY_SOURCE + "." + k, f.text(k).orElse(null)));

        DownloadLinks links = new DownloadLinks();
        links.addAnchors(page.doc(), PRIMARY_SOURCE, true);
        links.addInstallerLinks(page.json(), PRIMARY_SOURCE, "", Optional.of(NextData.ITEM_DATA));
        links.addInstallerLinks(page.item(), PRIMARY_SOURCE, page.itemPath(), Optional.empty());
        links.addEndpoint(DOWNLOAD_URL, f.text(DOWNLOAD_URL).orElse(null));
        supplement.ifPresent(s -> {
            if (s instanceof SystemData.Result.Read read) {
                merge(b, f, read, links);
                links.addAnchors(Jsoup.parse(supplementResponse.get().text(), supplementResponse.get().url()),
                        SUPPLEMENT_SOURCE, false);
            } else if (s instanceof SystemData.Result.Failed failed) {
                b.extra(SUPPLEMENT_PROBLEM, failed.reason());
            }
        });
        links.controls().forEach(c -> b.addDownloadControl(c.kind(), c.label(), c.url()));
        related(pkg, page.components()).forEach(b::addRelated);
        return b.build();
    }

    /** Fills the primary's gaps from a.app.qq.com and keeps that page's differing values as extras. */
    private static void merge(Listing.Builder b, ItemFields primary, SystemData.Result.Read read,
                              DownloadLinks links) {
        ItemFields s = new ItemFields(read.appDetail());
        String p = SUPPLEMENT_SOURCE + ".";
        Optional<String> developer = primary.text(DEVELOPER);
        Optional<String> operator = primary.text(OPERATOR);
        Optional<String> sDeveloper = s.text(S_DEVELOPER);
        Optional<String> sAuthor = s.text(S_AUTHOR);
        if (developer.isEmpty()) {
            b.developer(sDeveloper.orElse(null));
        } else if (sDeveloper.isPresent() && !sDeveloper.equals(developer)) {
            b.extra(p + S_DEVELOPER, sDeveloper.get());
        }
        // author is a.app.qq.com's operating company (运营方).
        if (operator.isEmpty()) {
            b.operator(sAuthor.orElse(null));
        } else if (sAuthor.isPresent() && !sAuthor.equals(operator)) {
            b.extra(p + S_AUTHOR, sAuthor.get());
        }
        Optional<String> version = primary.text(VERSION_NAME);
        Optional<String> sVersion = s.text(S_VERSION);
        if (version.isEmpty()) {
            b.versionName(sVersion.orElse(null));
        } else if (sVersion.isPresent() && !sVersion.equals(version)) {
            b.extra(p + S_VERSION, sVersion.get());
        }
        Optional<String> md5 = primary.text(MD5);
        Optional<String> sMd5 = s.text(S_MD5);
        if (md5.isEmpty()) {
            b.addHash(Hash.Kind.MD5, sMd5.orElse(null));
        } else if (sMd5.isPresent() && !sMd5.get().equalsIgnoreCase(md5.get())) {
            b.extra(p + S_MD5, sMd5.get());
        }
        if (primary.text(DetailPage.NAME).isEmpty()) {
            b.name(s.text(S_NAME).orElse(null));
        }
        fillGaps(b, primary, s);
        Optional<String> apk64 = s.text(S_APK_URL_64);
        Optional<String> apk = s.text(S_APK_URL);
        if (apk64.isPresent()) {
            links.addEndpoint(S_APK_URL_64, apk64.get());
            apk.filter(u -> !u.equals(apk64.get())).ifPresent(u -> b.extra(p + S_APK_URL, u));
        } else {
            apk.ifPresent(u -> links.addEndpoint(S_APK_URL, u));
        }
        links.addInstallerLinks(read.root(), SUPPLEMENT_SOURCE, "", Optional.empty());
    }

    /** Values only the supplement has; the primary's own values were set first and are never replaced. */
    private static void fillGaps(Listing.Builder b, ItemFields primary, ItemFields s) {
        if (primary.bytes(APK_SIZE).isEmpty()) {
            b.sizeBytes(s.bytes(S_SIZE).orElse(null));
        }
        if (primary.count(DOWNLOADS).isEmpty()) {
            b.downloads(s.count(S_DOWNLOADS).orElse(null));
        }
        if (primary.rating(RATING).isEmpty()) {
            b.rating(s.rating(S_RATING).orElse(null));
        }
        if (primary.urlByKey(ItemFields.PRIVACY_KEYS).isEmpty()) {
            b.privacyPolicyUrl(s.urlByKey(ItemFields.PRIVACY_KEYS).orElse(null));
        }
        if (primary.website().isEmpty()) {
            b.website(s.website().orElse(null));
        }
        if (primary.permissions().isEmpty()) {
            b.permissions(s.permissions().orElse(null));
        }
        if (primary.filingField().or(primary::filingInText).isEmpty()) {
            b.filingNumber(s.filingField().or(s::filingInText).orElse(null));
        }
        if (primary.targetSdk().isEmpty()) {
            b.targetSdk(s.targetSdk().orElse(null));
        }
    }

    /** tags_st is a JSON array sent as a string: [{"tag_name": …}, …]; an array or plain names are read too. */
    static List<String> tags(ItemFields f) {
        Set<String> out = new LinkedHashSet<>();
        JsonTree.at(f.node(), TAGS).flatMap(NextData::objects).ifPresent(list -> list.forEach(
                t -> JsonTree.text(t, TAG_NAME).ifPresent(out::add)));
        return new ArrayList<>(out);
    }

    /** The other apps on the page, each tagged with the component that showed it ({@code tencent:SameDeveloper}). */
    static List<AppRef> related(String pkg, List<JsonNode> components) {
        Set<String> seen = new LinkedHashSet<>();
        seen.add(pkg);
        List<AppRef> out = new ArrayList<>();
        for (JsonNode c : components) {
            String via = "tencent:" + NextData.name(c).orElse("unnamed");
            for (JsonNode item : NextData.items(c).orElse(List.of())) {
                Optional<String> other = JsonTree.text(item, NextData.PACKAGE).filter(PackageName::isValid);
                if (other.isPresent() && seen.add(other.get())) {
                    out.add(AppRef.of(StoreId.TENCENT, other.get(), other.get(),
                            JsonTree.text(item, DetailPage.NAME).orElse(null), via));
                }
            }
        }
        return out;
    }
}
