package io.appaudit.indexer.checks;

import io.appaudit.indexer.docs.ListingDocument;
import io.appaudit.indexer.docs.ListingDocument.Probe;
import io.appaudit.indexer.docs.ListingDocuments;
import io.appaudit.stores.DownloadControl;
import io.appaudit.stores.EvidenceRef;
import io.appaudit.stores.Listing;
import io.appaudit.stores.ListingResult;
import io.appaudit.stores.StoreId;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * One synthetic listing snapshot for the tests: clean by default (every check passes or cannot apply), with the
 * problem or decoy of a case planted through the builder and the probes.
 */
public final class Plant {

    public static final String FILING = "粤ICP备2023012345号-1A";
    public static final String DEVELOPER = "示例科技（深圳）有限公司";

    private final StoreId store;
    private final String pkg;
    private final Instant at;
    private final Listing.Builder listing;
    private final List<Probe> probes = new ArrayList<>();
    private String run = "run-1";

    private Plant(StoreId store, String pkg, Instant at) {
        this.store = store;
        this.pkg = pkg;
        this.at = at;
        this.listing = Listing.builder(store, store == StoreId.HUAWEI ? "C" + Math.abs(pkg.hashCode()) : pkg, pkg)
                .name("示例工具").developer(DEVELOPER)
                // Half-width brackets for the same company: a decoy for D1 (one entity, not even related).
                .operator("示例科技(深圳)有限公司")
                .versionName("2.1.0").versionCode(210L)
                .updatedAt(OffsetDateTime.parse("2026-08-01T10:00+08:00"))
                .sizeBytes(12_000_000L).downloads(5000L).rating(4.2).category("工具")
                .shortDescription("好用的工具").description("这是一个示例应用。")
                .privacyPolicyUrl("https://example.com/privacy").website("https://example.com")
                .permissions(List.of("android.permission.INTERNET")).filingNumber(FILING).targetSdk(33)
                .addDownloadControl(DownloadControl.Kind.PRIMARY, "下载", downloadUrl())
                .sourceUrl("https://store.example/" + store.id() + "/" + pkg).fetchedAt(at)
                .evidence(new EvidenceRef("appaudit-" + store.id() + ".warc.gz", "<urn:uuid:" + pkg + ":" + at + ">",
                        "a".repeat(64)));
        probes.add(probe("download", downloadUrl(), "下载", 200, pkg, null));
        probes.add(probe("privacy_policy", "https://example.com/privacy", null, 200, null, null));
        probes.add(probe("website", "https://example.com", null, 200, null, null));
    }

    /** A clean listing of a package in a store, crawled at the given time. */
    public static Plant of(StoreId store, String pkg, Instant at) {
        return new Plant(store, pkg, at);
    }

    public String downloadUrl() {
        return "https://dl.example.com/" + pkg + ".apk";
    }

    public Plant with(Consumer<Listing.Builder> change) {
        change.accept(listing);
        return this;
    }

    /** Replaces the probes of one kind. */
    public Plant probes(String kind, Probe... replacement) {
        probes.removeIf(p -> p.kind().equals(kind));
        probes.addAll(List.of(replacement));
        return this;
    }

    public Plant run(String runId) {
        this.run = runId;
        return this;
    }

    public Instant at() {
        return at;
    }

    public StoreId store() {
        return store;
    }

    public String pkg() {
        return pkg;
    }

    public String runId() {
        return run;
    }

    /** The snapshot as the crawler would index it, before the listing checks. */
    public ListingDocument doc() {
        Listing l = listing.build();
        return ListingDocuments.snapshot(new ListingResult.Listed(l), run, at, Optional.empty(), false)
                .withProbes(probes);
    }

    /** A probe made at the plant's crawl time. */
    public Probe probe(String kind, String url, String label, Integer status, String delivered, String error) {
        return new Probe(kind, url, label, status == null ? null : url.replace("https://", "https://cdn."), status,
                delivered == null ? null : delivered + ".apk", delivered, List.of(url), error, at);
    }

    /** A probe with every field given. */
    public Probe probe(String kind, String url, String label, Integer status, String fileName, String delivered,
                       String error) {
        return new Probe(kind, url, label, url, status, fileName, delivered, List.of(url), error, at);
    }
}
