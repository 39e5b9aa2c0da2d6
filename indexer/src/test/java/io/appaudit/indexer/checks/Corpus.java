package io.appaudit.indexer.checks;

import static io.appaudit.indexer.checks.CheckId.D1;
import static io.appaudit.indexer.checks.CheckId.D2;
import static io.appaudit.indexer.checks.CheckId.D3;
import static io.appaudit.indexer.checks.CheckId.D4;
import static io.appaudit.indexer.checks.CheckId.D5;
import static io.appaudit.indexer.checks.CheckId.M1;
import static io.appaudit.indexer.checks.CheckId.M2;
import static io.appaudit.indexer.checks.CheckId.M3;
import static io.appaudit.indexer.checks.CheckId.M4;
import static io.appaudit.indexer.checks.CheckId.R1;
import static io.appaudit.indexer.checks.CheckId.R2;
import static io.appaudit.indexer.checks.CheckId.R3;
import static io.appaudit.indexer.checks.CheckId.R4;
import static io.appaudit.indexer.checks.CheckId.R5;
import static io.appaudit.indexer.checks.CheckId.R6;
import static io.appaudit.indexer.checks.CheckId.Z1;
import static io.appaudit.indexer.checks.CheckId.Z2;
import static io.appaudit.indexer.checks.CheckId.Z3;
import static io.appaudit.indexer.checks.CheckId.Z4;
import static io.appaudit.indexer.checks.CheckId.Z5;
import static io.appaudit.stores.StoreId.HUAWEI;
import static io.appaudit.stores.StoreId.OPPO;
import static io.appaudit.stores.StoreId.TENCENT;
import static io.appaudit.stores.StoreId.VIVO;
import static io.appaudit.stores.StoreId.XIAOMI;

import io.appaudit.indexer.ShippedDefaults;
import io.appaudit.indexer.docs.ListingDocument;
import io.appaudit.stores.DownloadControl;
import io.appaudit.stores.Hash;
import io.appaudit.stores.ListingField;
import io.appaudit.stores.StoreId;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The labelled corpus: every check's planted problem and the decoys that must not fire, each case with the exact
 * findings it must produce (and no others). All crawled in 2026Q4.
 */
public final class Corpus {

    /** A finding a case must produce. */
    public record Expected(StoreId store, String pkg, CheckId check, boolean informational) {
        @Override
        public String toString() {
            return store.id() + "/" + pkg + "/" + check + (informational ? " (informational)" : "");
        }
    }

    /** One labelled case: its snapshots and its findings. */
    public record Case(String label, List<ListingDocument> snapshots, List<Expected> expected) {
        @Override
        public String toString() {
            return label;
        }

        /** The listing checks this app must fail (informational: with an informational outcome). */
        public Set<CheckId> listingChecks(StoreId store, String pkg, boolean informational) {
            return expected.stream().filter(e -> e.store() == store && e.pkg().equals(pkg)
                            && e.informational() == informational && e.check().kind() == CheckId.Kind.LISTING)
                    .map(Expected::check).collect(Collectors.toCollection(() -> EnumSet.noneOf(CheckId.class)));
        }
    }

    public static final Instant T = Instant.parse("2026-11-10T02:00:00Z");
    private static final Instant NOV1 = Instant.parse("2026-11-01T02:00:00Z");
    /** A valid filing number the registry file does not know: D5 stays unknown. */
    private static final String UNREGISTERED = "粤ICP备2023077777号-1A";
    private static final String STORE_INSTALLER = "com.tencent.android.qqdownloader";

    private Corpus() {
    }

    /** The check context of the corpus, with its group, registry and notice files written to the folder. */
    public static CheckContext context(Path dir) {
        return context(dir, "store,package,deadline,notice\n"
                + "tencent,com.plant.z5.overdue,2026-10-15,\"工信部通报 2026 年第 3 批, 第 7 项\"\n"
                + "应用宝,com.plant.z5.future,2026-12-31,\n");
    }

    /** The corpus context with another notice file. */
    public static CheckContext context(Path dir, String noticeCsv) {
        Path groups = write(dir, "groups.csv", "group,company\n"
                + "蚂蚁集团,支付宝（中国）网络技术有限公司\n"
                + "蚂蚁集团,蚂蚁科技集团股份有限公司\n");
        Path registry = write(dir, "registry.csv", "filing_number,entity\n"
                + Plant.FILING + "," + Plant.DEVELOPER + "\n"
                + "粤ICP备2023099999号-1A,某某传媒有限公司\n"
                + "粤ICP备2023088888号,示例科技（北京）有限公司\n");
        Path notices = write(dir, "notices.csv", noticeCsv);
        CheckConfig d = ShippedDefaults.checks();
        CheckConfig config = new CheckConfig(d.filingRequiredAfter(), d.filingPattern(), d.staleDays(),
                d.staleBuckets(), d.minTargetSdk(), d.targetSdkAfter(), d.failureSpacing(), d.inducingWords(),
                d.officialWord(), d.fastDownloadWords(), Optional.of(groups), Optional.of(registry),
                Optional.of(notices), d.shownThreshold());
        return CheckContext.load(config).withShown(shown(d.shownThreshold()));
    }

    /**
     * What each store shows in the corpus, measured the way {@code appaudit check} measures it (the fields found on
     * each app's latest snapshot): Huawei shows no filing number, Xiaomi no target SDK, operator, website or
     * filing number, vivo no privacy link, website, operator or target SDK.
     */
    public static ShownFields shown(double threshold) {
        Map<String, ListingDocument> latest = new java.util.HashMap<>();
        cases().stream().flatMap(c -> c.snapshots().stream()).forEach(d -> latest.merge(d.store() + "/" + d.packageName(),
                d, (a, b) -> b.timestamp().isAfter(a.timestamp()) ? b : a));
        Map<StoreId, long[]> counts = new java.util.EnumMap<>(StoreId.class);
        latest.values().forEach(d -> {
            long[] n = counts.computeIfAbsent(StoreId.of(d.store()), k -> new long[ListingField.values().length + 1]);
            n[0]++;
            io.appaudit.indexer.checks.listing.FieldsFound.of(d).forEach(f -> n[f.ordinal() + 1]++);
        });
        Map<StoreId, ShownFields.Store> stores = new java.util.EnumMap<>(StoreId.class);
        counts.forEach((store, n) -> {
            Map<ListingField, Long> found = new java.util.EnumMap<>(ListingField.class);
            for (ListingField f : ListingField.values()) {
                found.put(f, n[f.ordinal() + 1]);
            }
            stores.put(store, new ShownFields.Store(n[0], found));
        });
        return new ShownFields(threshold, stores);
    }

    static Path write(Path dir, String name, String text) {
        try {
            return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<Case> cases() {
        List<Case> c = new ArrayList<>();
        c.add(one("a clean listing", Plant.of(TENCENT, "com.plant.clean", T)));
        c.add(one("R1: no filing number", plant("r1").with(b -> b.filingNumber(null)), R1));
        c.add(one("R1 decoy: the filing number is in the description", plant("r1.indesc")
                .with(b -> b.filingNumber(null).description("备案号：粤ICP备2023012345号-2A"))));
        c.add(one("R1 decoy: Huawei never shows filing numbers", huawei("com.plant.r1.huawei")));
        c.add(one("R2: malformed filing number", plant("r2").with(b -> b.filingNumber("粤ICP备12345号")), R2));
        c.add(one("R3: no privacy link, no permission list", plant("r3")
                .with(b -> b.privacyPolicyUrl(null).permissions(null)).probes("privacy_policy"), R3));
        c.add(one("R3 decoy: vivo never shows a privacy link", Plant.of(VIVO, "com.plant.r3.vivo", T)
                .with(b -> b.privacyPolicyUrl(null).website(null).operator(null).targetSdk(null))
                .probes("privacy_policy").probes("website")));
        c.add(one("Z1: not updated since 2023", plant("z1")
                .with(b -> b.updatedAt(OffsetDateTime.parse("2023-01-01T00:00+08:00"))), Z1));
        c.add(one("Z1 decoy: updated 500 days ago", plant("z1.recent")
                .with(b -> b.updatedAt(OffsetDateTime.parse("2025-06-28T00:00+08:00")))));
        c.add(one("Z2: target SDK 28", plant("z2").with(b -> b.targetSdk(28)), Z2));
        c.add(one("Z2 decoy: Xiaomi never shows the target SDK", Plant.of(XIAOMI, "com.plant.z2.xiaomi", T)
                .with(b -> b.targetSdk(null).filingNumber(null).operator(null).website(null)).probes("website")));
        c.add(one("Z5: still listed after the notice deadline", plant("z5.overdue"), Z5));
        c.add(one("Z5 decoy: the notice deadline is still ahead", plant("z5.future")));
        c.add(one("D1: unrelated developer and operator", plant("d1")
                .with(b -> b.developer("甲乙科技有限公司").operator("丙丁网络技术有限公司").filingNumber(UNREGISTERED)), D1));
        c.add(new Case("D1 decoy: one brand in two cities is a related entity",
                List.of(plant("d1.brand").with(b -> b.developer("腾讯科技（深圳）有限公司").operator("腾讯科技（北京）有限公司")
                        .filingNumber(UNREGISTERED)).doc()),
                List.of(new Expected(TENCENT, "com.plant.d1.brand", D1, true))));
        c.add(new Case("D1 decoy: the group file joins two brands",
                List.of(plant("d1.group").with(b -> b.developer("支付宝（中国）网络技术有限公司")
                        .operator("蚂蚁科技集团股份有限公司").filingNumber(UNREGISTERED)).doc()),
                List.of(new Expected(TENCENT, "com.plant.d1.group", D1, true))));
        c.add(one("D4: placeholder developer", plant("d4")
                .with(b -> b.developer("个人开发者").operator(null).filingNumber(UNREGISTERED)), D4));
        c.add(one("D4 decoy: an individual developer with a name", plant("d4.named")
                .with(b -> b.developer("个人开发者：张三").operator(null).filingNumber(UNREGISTERED))));
        c.add(one("D5: the filing number is registered to another company", plant("d5")
                .with(b -> b.filingNumber("粤ICP备2023099999号-1A")), D5));
        c.add(new Case("D5 decoy: registered to a related entity (number given without its suffix)",
                List.of(plant("d5.related").with(b -> b.filingNumber("粤ICP备2023088888号-3A")).doc()),
                List.of(new Expected(TENCENT, "com.plant.d5.related", D5, true))));
        Plant m1 = plant("m1");
        c.add(one("M1: the download delivers the store's installer",
                m1.probes("download", m1.probe("download", m1.downloadUrl(), "下载", 200, STORE_INSTALLER, null)), M1));
        Plant m2 = plant("m2").with(b -> b.addDownloadControl(DownloadControl.Kind.ALTERNATE, "高速下载",
                "https://dl.example.com/fast/com.plant.m2"));
        c.add(one("M2: a high-speed control delivers another package", m2.probes("download",
                m2.probe("download", m2.downloadUrl(), "下载", 200, "com.plant.m2", null),
                m2.probe("download", "https://dl.example.com/fast/com.plant.m2", "高速下载", 200, STORE_INSTALLER,
                        null)), M2, M3));
        Plant m2f = plant("m2.file").with(b -> b.addDownloadControl(DownloadControl.Kind.ALTERNATE, "安全下载",
                "https://dl.example.com/safe/com.plant.m2.file"));
        c.add(one("M2: a safe-download control delivers a file named like an installer", m2f.probes("download",
                m2f.probe("download", m2f.downloadUrl(), "下载", 200, "com.plant.m2.file", null),
                m2f.probe("download", "https://dl.example.com/safe/com.plant.m2.file", "安全下载", 200,
                        "yyb_installer_8.1.apk", null, null)), M2, M3));
        Plant m3 = plant("m3").with(b -> b.addDownloadControl(DownloadControl.Kind.ALTERNATE, "下载 PC 版",
                "https://dl.example.com/pc/com.plant.m3"));
        c.add(one("M3: two download controls with two payloads", m3.probes("download",
                m3.probe("download", m3.downloadUrl(), "下载", 200, "com.plant.m3", null),
                m3.probe("download", "https://dl.example.com/pc/com.plant.m3", "下载 PC 版", 200, "tool-pc.zip",
                        null, null)), M3));
        Plant m3same = plant("m3.same");
        c.add(one("M3 decoy: two download controls, one URL", m3same.with(b -> b.addDownloadControl(
                DownloadControl.Kind.ALTERNATE, "立即下载", m3same.downloadUrl()))));
        c.add(one("M4: inducing words in the name", plant("m4").with(b -> b.name("必装神器")), M4));
        c.add(one("M4 decoy: 官方 in the name of the brand's own app", plant("m4.official")
                .with(b -> b.name("示例官方版"))));
        c.add(one("M4: 官方 in the name of someone else's app", plant("m4.fake").with(b -> b.name("微信官方版")), M4));
        crossListing(c);
        history(c);
        deliveredApk(c);
        return c;
    }

    /** Signer certificates of the delivered-APK cases (SHA-256, lower-case hex). */
    public static final String SIGNER_OLD = "0a".repeat(32);
    public static final String SIGNER_NEW = "0b".repeat(32);
    public static final String SIGNER_OTHER = "0c".repeat(32);

    /** The checks that read the delivered APK: Z2, M1, R5, R6 and D3 from the manifest and the signing block. */
    private static void deliveredApk(List<Case> c) {
        Plant z2 = Plant.of(XIAOMI, "com.plant.z2.apk", T)
                .with(b -> b.targetSdk(null).filingNumber(null).operator(null).website(null)).probes("website");
        c.add(one("Z2: Xiaomi shows no target SDK, the delivered APK's manifest says 26", z2.probes("download",
                z2.downloadWithApk(z2.apk(z2.pkg(), 210L, "2.1.0", 26, List.of(), List.of(SIGNER_OLD), List.of()))),
                Z2));
        Plant m1 = plant("m1.manifest");
        c.add(one("M1: the file name is the listing's, the manifest is the store's installer", m1.probes("download",
                m1.downloadWithApk(m1.apk(STORE_INSTALLER, 8_100_000L, "8.1.0", 33, List.of(), List.of(SIGNER_OTHER),
                        List.of()))), M1));
        Plant m1ok = plant("m1.proved");
        c.add(one("M1 decoy: a file named like an installer whose manifest is the listed package",
                m1ok.probes("download", m1ok.probe("download", m1ok.downloadUrl(), "下载", 200,
                        "yyb_installer_8.1.apk", STORE_INSTALLER, null).withApk(m1ok.apk(SIGNER_OLD)))));
        Plant r5 = plant("r5").with(b -> b.permissions(List.of("拍摄照片和视频", "访问网络")));
        c.add(one("R5: the APK reads contacts and uses the camera, the page discloses only the camera",
                r5.probes("download", r5.downloadWithApk(r5.apk(r5.pkg(), 210L, "2.1.0", 33,
                        List.of("android.permission.INTERNET", "android.permission.CAMERA",
                                "android.permission.READ_CONTACTS"), List.of(SIGNER_OLD), List.of()))), R5));
        Plant r5ok = plant("r5.disclosed").with(b -> b.permissions(List.of("读取联系人", "android.permission.CAMERA")));
        c.add(one("R5 decoy: both dangerous permissions disclosed (a label and a name)",
                r5ok.probes("download", r5ok.downloadWithApk(r5ok.apk(r5ok.pkg(), 210L, "2.1.0", 33,
                        List.of("android.permission.CAMERA", "android.permission.READ_CONTACTS",
                                "android.permission.INTERNET"), List.of(SIGNER_OLD), List.of())))));
        Plant r5unread = plant("r5.unread").with(b -> b.permissions(List.of("访问网络")));
        c.add(one("R5 decoy: the server ignored Range, so the APK is unknown, not a problem",
                r5unread.probes("download", r5unread.downloadWithApk(Plant.unread("ranges_not_served",
                        "200 with the whole body to a Range request")))));
        c.add(history("R6: the page says 2.1.0 (210), the APK is 2.0.9 (209), two days apart", "r6",
                p -> p.probes("download", p.downloadWithApk(p.apk(p.pkg(), 209L, "2.0.9", 33, List.of(),
                        List.of(SIGNER_OLD), List.of()))), Duration.ZERO, Duration.ofDays(2), R6));
        c.add(history("R6 decoy: a release in progress, ten hours apart", "r6.release",
                p -> p.probes("download", p.downloadWithApk(p.apk(p.pkg(), 209L, "2.0.9", 33, List.of(),
                        List.of(SIGNER_OLD), List.of()))), Duration.ZERO, Duration.ofHours(10)));
        c.add(history("R6 decoy: 'V 2.1.0' is 2.1.0 after normalising", "r6.same",
                p -> p.probes("download", p.downloadWithApk(p.apk(p.pkg(), 210L, "V 2.1.0", 33, List.of(),
                        List.of(SIGNER_OLD), List.of()))), Duration.ZERO, Duration.ofDays(2)));
        Plant before = Plant.of(TENCENT, "com.plant.d3.change", NOV1).run("run-a");
        Plant after = Plant.of(TENCENT, "com.plant.d3.change", NOV1.plus(Duration.ofDays(5))).run("run-b");
        c.add(new Case("D3: the signer changed between two crawls of one store", List.of(
                before.probes("download", before.downloadWithApk(before.apk(SIGNER_OLD))).doc(),
                after.probes("download", after.downloadWithApk(after.apk(SIGNER_OTHER))).doc()),
                List.of(new Expected(TENCENT, "com.plant.d3.change", D3, false))));
        Plant old = Plant.of(TENCENT, "com.plant.d3.rotated", NOV1).run("run-a");
        Plant rotated = Plant.of(TENCENT, "com.plant.d3.rotated", NOV1.plus(Duration.ofDays(5))).run("run-b");
        Plant oppo = Plant.of(OPPO, "com.plant.d3.rotated", T);
        c.add(new Case("D3 decoy: a v3 key rotation whose lineage holds the older signer", List.of(
                old.probes("download", old.downloadWithApk(old.apk(SIGNER_OLD))).doc(),
                rotated.probes("download", rotated.downloadWithApk(rotated.apk(rotated.pkg(), 210L, "2.1.0", 33,
                        List.of(), List.of(SIGNER_NEW), List.of(SIGNER_OLD, SIGNER_NEW)))).doc(),
                oppo.probes("download", oppo.downloadWithApk(oppo.apk(SIGNER_OLD))).doc()),
                List.of()));
        Plant huaweiOther = huawei("com.plant.d3.apk");
        Plant tencentOwn = Plant.of(TENCENT, "com.plant.d3.apk", T);
        Plant oppoOwn = Plant.of(OPPO, "com.plant.d3.apk", T);
        c.add(new Case("D3: one store delivers an APK signed by another certificate", List.of(
                tencentOwn.probes("download", tencentOwn.downloadWithApk(tencentOwn.apk(SIGNER_OLD))).doc(),
                oppoOwn.probes("download", oppoOwn.downloadWithApk(oppoOwn.apk(SIGNER_OLD))).doc(),
                huaweiOther.probes("download", huaweiOther.downloadWithApk(huaweiOther.apk(SIGNER_OTHER))).doc()),
                List.of(new Expected(HUAWEI, "com.plant.d3.apk", D3, false))));
    }

    private static void crossListing(List<Case> c) {
        c.add(new Case("D2: one store names an unrelated developer", List.of(
                Plant.of(TENCENT, "com.plant.d2", T).doc(),
                huawei("com.plant.d2").doc(),
                Plant.of(OPPO, "com.plant.d2", T).with(b -> b.developer("完全无关有限公司").operator(null)
                        .filingNumber(UNREGISTERED)).doc()),
                List.of(new Expected(OPPO, "com.plant.d2", D2, false))));
        c.add(new Case("D2 decoy: one group under two legal names in two stores", List.of(
                Plant.of(TENCENT, "com.plant.d2.group", T).with(b -> b.developer("腾讯科技（深圳）有限公司")
                        .operator("腾讯科技（深圳）有限公司").filingNumber(UNREGISTERED)).doc(),
                huawei("com.plant.d2.group").with(b -> b.developer("深圳市腾讯计算机系统有限公司")
                        .operator("深圳市腾讯计算机系统有限公司")).doc()),
                List.of(new Expected(TENCENT, "com.plant.d2.group", D2, true),
                        new Expected(HUAWEI, "com.plant.d2.group", D2, true))));
        String certA = "1a".repeat(32);
        c.add(new Case("D3: one store's signing certificate differs", List.of(
                Plant.of(TENCENT, "com.plant.d3", T).with(b -> b.addHash(Hash.Kind.SIGNING_CERT, certA)).doc(),
                Plant.of(OPPO, "com.plant.d3", T).with(b -> b.addHash(Hash.Kind.SIGNING_CERT, certA.toUpperCase()))
                        .doc(),
                huawei("com.plant.d3").with(b -> b.addHash(Hash.Kind.SIGNING_CERT, "2b".repeat(32)))
                        .doc()),
                List.of(new Expected(HUAWEI, "com.plant.d3", D3, false))));
        c.add(new Case("D3 decoy: different files of different versions", List.of(
                Plant.of(TENCENT, "com.plant.d3.versions", T).with(b -> b.addHash(Hash.Kind.MD5, "a".repeat(32)))
                        .doc(),
                Plant.of(OPPO, "com.plant.d3.versions", T).with(b -> b.versionCode(211L)
                        .addHash(Hash.Kind.MD5, "b".repeat(32))).doc()),
                List.of()));
        c.add(new Case("D3 decoy: one version code, the same APK file in two stores", List.of(
                Plant.of(TENCENT, "com.plant.d3.same", T).with(b -> b.addHash(Hash.Kind.MD5, "c".repeat(32))).doc(),
                huawei("com.plant.d3.same").with(b -> b.addHash(Hash.Kind.MD5, "C".repeat(32))).doc()),
                List.of()));
        c.add(new Case("D3 decoy: one version code, two different APK files (channel builds), no signer known",
                List.of(Plant.of(TENCENT, "com.plant.d3.channel", T).with(b -> b.addHash(Hash.Kind.MD5,
                                "a".repeat(32))).doc(),
                        Plant.of(OPPO, "com.plant.d3.channel", T).with(b -> b.addHash(Hash.Kind.MD5, "b".repeat(32)))
                                .doc()),
                List.of()));
    }

    private static void history(List<Case> c) {
        c.add(history("R4: the privacy link fails twice, two days apart", "r4",
                p -> p.probes("privacy_policy", p.probe("privacy_policy", "https://example.com/privacy", null, 404,
                        null, null)), Duration.ZERO, Duration.ofDays(2), R4));
        c.add(history("R4 decoy: two failures ten hours apart", "r4.short",
                p -> p.probes("privacy_policy", p.probe("privacy_policy", "https://example.com/privacy", null, 404,
                        null, null)), Duration.ZERO, Duration.ofHours(10)));
        List<ListingDocument> back = new ArrayList<>(snapshots("r4.back",
                p -> p.probes("privacy_policy", p.probe("privacy_policy", "https://example.com/privacy", null, 404,
                        null, null)), Duration.ZERO, Duration.ofDays(2)));
        back.add(Plant.of(TENCENT, "com.plant.r4.back", NOV1.plus(Duration.ofDays(4))).run("run-4").doc());
        c.add(new Case("R4 decoy: the link works again", back, List.of()));
        c.add(history("Z3: the download fails twice, three days apart", "z3",
                p -> p.probes("download", p.probe("download", p.downloadUrl(), "下载", 404, null, null)),
                Duration.ZERO, Duration.ofDays(3), Z3));
        c.add(history("Z4: website and privacy link both dead, 34 hours apart", "z4",
                p -> p.probes("website", p.probe("website", "https://example.com", null, null, null,
                                "java.net.UnknownHostException: example.com"))
                        .probes("privacy_policy", p.probe("privacy_policy", "https://example.com/privacy", null, 500,
                                null, null)), Duration.ZERO, Duration.ofHours(34), Z4, R4));
        List<ListingDocument> vivo = new ArrayList<>();
        for (Duration d : List.of(Duration.ZERO, Duration.ofDays(2))) {
            vivo.add(Plant.of(VIVO, "com.plant.z4.vivo", NOV1.plus(d)).run("run-" + d.toHours())
                    .with(b -> b.privacyPolicyUrl(null).website(null).operator(null).targetSdk(null))
                    .probes("privacy_policy").probes("website").doc());
        }
        c.add(new Case("Z4 decoy: vivo shows neither link", vivo, List.of()));
    }

    /** A Huawei listing: its cards have no place for a filing number. */
    private static Plant huawei(String pkg) {
        return Plant.of(HUAWEI, pkg, T).with(b -> b.filingNumber(null));
    }

    private static Plant plant(String name) {
        return Plant.of(TENCENT, "com.plant." + name, T);
    }

    private static Case one(String label, Plant p, CheckId... failing) {
        return new Case(label, List.of(p.doc()), expected(p.store(), p.pkg(), failing));
    }

    private static Case history(String label, String name, java.util.function.UnaryOperator<Plant> failure,
                                Duration first, Duration second, CheckId... failing) {
        return new Case(label, snapshots(name, failure, first, second),
                expected(TENCENT, "com.plant." + name, failing));
    }

    private static List<ListingDocument> snapshots(String name, java.util.function.UnaryOperator<Plant> failure,
                                                   Duration first, Duration second) {
        return List.of(failure.apply(Plant.of(TENCENT, "com.plant." + name, NOV1.plus(first)).run("run-a")).doc(),
                failure.apply(Plant.of(TENCENT, "com.plant." + name, NOV1.plus(second)).run("run-b")).doc());
    }

    private static List<Expected> expected(StoreId store, String pkg, CheckId... failing) {
        return java.util.Arrays.stream(failing).map(id -> new Expected(store, pkg, id, false)).toList();
    }
}
