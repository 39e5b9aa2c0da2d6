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

    /** The default download probe, with what was read of the APK it delivered. */
    public Probe downloadWithApk(ListingDocument.Apk apk) {
        return probe("download", downloadUrl(), "下载", 200, pkg, null).withApk(apk);
    }

    /** The facts of a delivered APK read by byte ranges: package, version, target SDK, permissions and signers. */
    public ListingDocument.Apk apk(String apkPackage, long versionCode, String versionName, int targetSdk,
                                   List<String> permissions, List<String> signers, List<String> lineage) {
        String url = "https://cdn.dl.example.com/" + pkg + ".apk";
        return new ListingDocument.Apk(ListingDocument.APK_READ, null, apkPackage, versionCode, versionName, 21,
                targetSdk, permissions, signers, lineage, lineage.isEmpty() ? List.of("v2") : List.of("v2", "v3"), 3,
                70_000L, 12_000_000L, "\"etag-" + pkg + "\"", null, url,
                List.of("<urn:uuid:apk:" + pkg + ":" + at + ":1>", "<urn:uuid:apk:" + pkg + ":" + at + ":2>"), null, at);
    }

    /** The listing's own APK (version 2.1.0, code 210, target SDK 33, INTERNET only) signed by one certificate. */
    public ListingDocument.Apk apk(String signer) {
        return apk(pkg, 210L, "2.1.0", 33, List.of("android.permission.INTERNET"), List.of(signer), List.of());
    }

    /** An APK that could not be read, with its status and reason. */
    public static ListingDocument.Apk unread(String status, String reason) {
        return new ListingDocument.Apk(status, reason, null, null, null, null, null, null, null, null, null, 1,
                65_536L, null, null, null, null, List.of(), null, null);
    }

    /** A probe with every field given. */
    public Probe probe(String kind, String url, String label, Integer status, String fileName, String delivered,
                       String error) {
        return new Probe(kind, url, label, url, status, fileName, delivered, List.of(url), error, at);
    }
}
