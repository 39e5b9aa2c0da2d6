package io.appaudit.stores.xiaomi;

import com.fasterxml.jackson.databind.JsonNode;
import io.appaudit.stores.Hash;
import io.appaudit.stores.JsonTree;
import io.appaudit.stores.Listing;
import io.appaudit.stores.StoreDates;
import io.appaudit.stores.StoreId;
import io.appaudit.stores.Text;
import java.time.Instant;
import java.util.Optional;

/**
 * One item of a MIUI market client API list ({@code datas[]}, schema seen in 2017–2020 course code): unlike the web
 * list it carries the publisher, version, update time (epoch ms) and {@code releaseKeyHash}, the only signing
 * certificate digest Xiaomi publishes. Discovery reads its package and name; the whole item reads as a listing
 * snapshot here, for when the seam lets discovery hand listings on (see docs/stores/xiaomi.md).
 */
final class ClientApiItem {

    static final String ID = "id";
    static final String PUBLISHER = "publisherName";
    static final String VERSION_NAME = "versionName";
    static final String VERSION_CODE = "versionCode";
    static final String UPDATED_MS = "updateTime";
    static final String SIZE_BYTES = "apkSize";
    static final String CATEGORY = "level1CategoryName";
    static final String BRIEF = "briefShow";
    static final String CERT_HASH = "releaseKeyHash";

    private ClientApiItem() {
    }

    /**
     * The item as a listing, when it names a valid package. {@code ratingScore} is left out: its scale is not
     * documented (0–5 in the client samples, 0–10 in web search replies seen in public tests).
     */
    static Optional<Listing> listing(JsonNode item, String sourceUrl, Instant fetchedAt) {
        Optional<String> pkg = JsonTree.text(item, XiaomiDiscovery.PACKAGE).filter(Replies::isPackageName);
        if (pkg.isEmpty() || Text.clean(sourceUrl) == null || fetchedAt == null) {
            return Optional.empty();
        }
        Listing.Builder b = Listing.builder(StoreId.XIAOMI, pkg.get(), pkg.get())
                .name(JsonTree.text(item, XiaomiDiscovery.NAME).orElse(null))
                .developer(JsonTree.text(item, PUBLISHER).orElse(null))
                .versionName(JsonTree.text(item, VERSION_NAME).orElse(null))
                .versionCode(JsonNumbers.whole(item, VERSION_CODE).filter(v -> v > 0).orElse(null))
                .updatedAt(JsonNumbers.whole(item, UPDATED_MS).flatMap(StoreDates::epochMillis).orElse(null))
                .sizeBytes(JsonNumbers.whole(item, SIZE_BYTES).orElse(null))
                .category(JsonTree.text(item, CATEGORY).orElse(null))
                .shortDescription(JsonTree.text(item, BRIEF).orElse(null))
                .sourceUrl(sourceUrl)
                .fetchedAt(fetchedAt)
                .addHash(Hash.Kind.SIGNING_CERT, JsonTree.text(item, CERT_HASH).orElse(null));
        JsonNumbers.whole(item, ID).filter(v -> v > 0)
                .ifPresent(v -> b.extra(DetailsPage.EXTRA_APP_ID, v.toString()));
        return Optional.of(b.build());
    }
}
