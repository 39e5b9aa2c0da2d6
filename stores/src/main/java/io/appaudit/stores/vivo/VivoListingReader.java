package io.appaudit.stores.vivo;

import com.fasterxml.jackson.databind.JsonNode;
import io.appaudit.stores.AppRef;
import io.appaudit.stores.DownloadControl;
import io.appaudit.stores.Listing;
import io.appaudit.stores.ListingResult;
import io.appaudit.stores.ParseProblem;
import io.appaudit.stores.StoreId;
import io.appaudit.stores.StoreResponse;
import io.appaudit.stores.kit.FilingNumbers;
import io.appaudit.stores.kit.JsonTree;
import io.appaudit.stores.kit.PlainText;
import io.appaudit.stores.kit.PlainUrls;
import io.appaudit.stores.kit.StoreDates;
import io.appaudit.stores.kit.StoreSizes;
import io.appaudit.stores.kit.Text;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Reads the H5 API detail reply ({@code /detail/<id>}) into a listing, "not listed", or a parse problem. */
final class VivoListingReader {

    static final String ID = "id";
    static final String NAME = "title_zh";
    static final String PACKAGE = "package_name";
    static final String DEVELOPER = "developer";
    static final String VERSION_NAME = "version_name";
    static final String VERSION_CODE = "version_code";
    /** In KiB. */
    static final String SIZE_KIB = "size";
    /** {@code YYYY-MM-DD HH:mm:ss}, China time. */
    static final String UPLOAD_TIME = "upload_time";
    static final String DOWNLOAD_URL = "download_url";
    static final String DOWNLOAD_COUNT = "download_count";
    /** 0–5 already. */
    static final String SCORE = "score";
    static final String RATERS_COUNT = "raters_count";
    /** An HTML fragment. */
    static final String INTRODUCTION = "introduction";
    static final String REMARK = "app_remark";
    static final String PERMISSIONS = "permissionList";
    /** The store's own spelling; search items spell it {@code official}. */
    static final String OFFICIAL = "offical";
    static final String OFFICIAL_CORRECT = "official";
    /** A numeric category id (0 when unset); the reply carries no category name. */
    static final String CATEGORY = "category";
    static final String CAN_DOWNLOAD_STATUS = "canDownloadStatus";
    static final String FILTER = "filter";
    /** Some clients' replies wrap the app in {@code data}; the H5 detail reply is flat. */
    static final String WRAPPER = "data";
    /** Keys of the detail reply's envelope, present even for an unknown id (see vivo-missing.fixture.json). */
    static final List<String> ENVELOPE_KEYS = List.of(FILTER, PERMISSIONS, "screenshotList", CAN_DOWNLOAD_STATUS,
            "washAdApkFlag", "innerSelfUpdate", "appComments");
    /** Fields of a permission object that carry its label, best first (the shape is not documented publicly). */
    static final List<String> PERMISSION_LABEL_KEYS = List.of("title", "name", "permissionName", "permission_name");
    /** The H5 page's main button; the reply carries no label, so this is the store page's wording. */
    static final String PRIMARY_LABEL = "下载";
    static final String ENDPOINT_LABEL = DOWNLOAD_URL;

    ListingResult read(AppRef app, List<StoreResponse> responses) {
        String expectedUrl = VivoUrls.detailUrl(app.storeAppId());
        if (responses.isEmpty()) {
            return ListingResult.Problem.of(StoreId.VIVO, app.storeAppId(), expectedUrl,
                    ParseProblem.Kind.UNEXPECTED_FORMAT, List.of(), "No response to the detail request");
        }
        StoreResponse primary = responses.get(0);
        String sourceUrl = Text.present(primary.url()).orElse(expectedUrl);
        VivoReplies.Reply reply = VivoReplies.read(primary);
        if (reply instanceof VivoReplies.Unreadable u) {
            return ListingResult.Problem.of(StoreId.VIVO, app.storeAppId(), sourceUrl, u.kind(), List.of(),
                    u.message());
        }
        JsonNode root = ((VivoReplies.JsonObject) reply).root();
        Optional<JsonNode> located = locate(root);
        if (located.isEmpty()) {
            Optional<String> blocked = VivoReplies.blockedMessage(root);
            if (blocked.isPresent()) {
                return problem(app, sourceUrl, ParseProblem.Kind.BLOCKED, List.of(), "The store refuses: " + blocked.get());
            }
            Optional<String> error = VivoReplies.errorEnvelope(root);
            return error.isPresent()
                    ? problem(app, sourceUrl, ParseProblem.Kind.UNEXPECTED_FORMAT, List.of(), error.get())
                    : problem(app, sourceUrl, ParseProblem.Kind.DRIFT, List.of(ID, PACKAGE, NAME),
                    "A JSON object without any key of the detail reply");
        }
        JsonNode node = located.get();
        String prefix = node == root ? "" : WRAPPER + ".";
        Optional<String> id = JsonTree.text(node, ID);
        Optional<String> pkg = JsonTree.text(node, PACKAGE);
        Optional<String> name = JsonTree.text(node, NAME);
        if (id.isEmpty()) {
            if (pkg.isPresent() || name.isPresent()) {
                return problem(app, sourceUrl, ParseProblem.Kind.DRIFT, List.of(prefix + ID),
                        "The detail reply names an app but carries no id");
            }
            boolean filtered = JsonTree.at(node, FILTER).map(JsonNode::asBoolean).orElse(false);
            return new ListingResult.NotListed(StoreId.VIVO, app.storeAppId(), sourceUrl,
                    "The detail reply carries no id" + (filtered ? " (filter: true)" : ""));
        }
        List<String> missing = new ArrayList<>();
        if (pkg.isEmpty()) {
            missing.add(prefix + PACKAGE);
        }
        if (name.isEmpty()) {
            missing.add(prefix + NAME);
        }
        if (!missing.isEmpty()) {
            return problem(app, sourceUrl, ParseProblem.Kind.DRIFT, missing,
                    "The detail reply lacks what every listing has");
        }
        return new ListingResult.Listed(listing(app, node, id.get(), pkg.get(), name.get(), primary, sourceUrl));
    }

    private static Listing listing(AppRef app, JsonNode node, String id, String pkg, String name,
                                   StoreResponse primary, String sourceUrl) {
        String description = JsonTree.text(node, INTRODUCTION).flatMap(PlainText::paragraphs).orElse(null);
        String remark = JsonTree.text(node, REMARK).flatMap(PlainText::paragraphs).orElse(null);
        Listing.Builder b = Listing.builder(StoreId.VIVO, app.storeAppId(), pkg)
                .name(name)
                .developer(JsonTree.text(node, DEVELOPER).orElse(null))
                .versionName(JsonTree.text(node, VERSION_NAME).orElse(null))
                .versionCode(JsonTree.number(node, VERSION_CODE).orElse(null))
                .updatedAt(JsonTree.text(node, UPLOAD_TIME).flatMap(StoreDates::text).orElse(null))
                .sizeBytes(JsonTree.number(node, SIZE_KIB).flatMap(StoreSizes::kibibytes).orElse(null))
                .downloads(JsonTree.number(node, DOWNLOAD_COUNT).filter(n -> n >= 0).orElse(null))
                .rating(JsonTree.decimal(node, SCORE).filter(r -> r >= 0 && r <= 5).orElse(null))
                .category(categoryName(node).orElse(null))
                .shortDescription(remark)
                .description(description)
                .permissions(permissions(node).orElse(null))
                .filingNumber(FilingNumbers.find(description).or(() -> FilingNumbers.find(remark)).orElse(null))
                .sourceUrl(sourceUrl)
                .fetchedAt(primary.fetchedAt());
        JsonTree.text(node, DOWNLOAD_URL).filter(PlainUrls::isHttp).ifPresent(url -> b
                .addDownloadControl(DownloadControl.Kind.PRIMARY, PRIMARY_LABEL, url)
                .addDownloadControl(DownloadControl.Kind.APK_ENDPOINT, ENDPOINT_LABEL, url));
        b.extra("official", JsonTree.text(node, OFFICIAL).or(() -> JsonTree.text(node, OFFICIAL_CORRECT)).orElse(null));
        b.extra("ratersCount", JsonTree.number(node, RATERS_COUNT).filter(n -> n >= 0).map(String::valueOf).orElse(null));
        b.extra("categoryId", JsonTree.number(node, CATEGORY).filter(n -> n > 0).map(String::valueOf).orElse(null));
        b.extra("canDownloadStatus", JsonTree.text(node, CAN_DOWNLOAD_STATUS).filter(s -> !s.equals("0")).orElse(null));
        b.extra("filter", JsonTree.at(node, FILTER).filter(JsonNode::isBoolean).filter(JsonNode::asBoolean)
                .map(n -> "true").orElse(null));
        if (!id.equals(app.storeAppId())) {
            b.extra("replyId", id);
        }
        return b.build();
    }

    /** The app object: the root of the flat H5 reply, or its {@code data} when a client's reply wraps it. */
    private static Optional<JsonNode> locate(JsonNode root) {
        if (hasDetailKeys(root)) {
            return Optional.of(root);
        }
        JsonNode data = root.path(WRAPPER);
        return data.isObject() && hasDetailKeys(data) ? Optional.of(data) : Optional.empty();
    }

    private static boolean hasDetailKeys(JsonNode node) {
        return node.has(ID) || node.has(PACKAGE) || node.has(NAME) || ENVELOPE_KEYS.stream().anyMatch(node::has);
    }

    /** Labels of {@code permissionList}, strings or objects; absent when there is no list or none can be read. */
    private static Optional<List<String>> permissions(JsonNode node) {
        Optional<JsonNode> list = JsonTree.at(node, PERMISSIONS).filter(JsonNode::isArray);
        if (list.isEmpty()) {
            return Optional.empty();
        }
        Set<String> labels = new LinkedHashSet<>();
        for (JsonNode p : list.get()) {
            if (p.isValueNode()) {
                Text.present(p.asText()).ifPresent(labels::add);
            } else if (p.isObject()) {
                for (String key : PERMISSION_LABEL_KEYS) {
                    Optional<String> label = JsonTree.text(p, key);
                    if (label.isPresent()) {
                        labels.add(label.get());
                        break;
                    }
                }
            }
        }
        return !list.get().isEmpty() && labels.isEmpty() ? Optional.empty() : Optional.of(List.copyOf(labels));
    }

    /** A category name when the reply sends one as text; the usual numeric id goes to the extras instead. */
    static Optional<String> categoryName(JsonNode node) {
        return JsonTree.at(node, CATEGORY).filter(JsonNode::isTextual).flatMap(n -> Text.present(n.asText()))
                .filter(s -> !s.chars().allMatch(Character::isDigit));
    }

    private static ListingResult problem(AppRef app, String sourceUrl, ParseProblem.Kind kind, List<String> missing,
                                         String message) {
        return ListingResult.Problem.of(StoreId.VIVO, app.storeAppId(), sourceUrl, kind, missing, message);
    }
}
