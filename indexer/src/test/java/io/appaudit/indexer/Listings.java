package io.appaudit.indexer;

import io.appaudit.stores.DownloadControl;
import io.appaudit.stores.EvidenceRef;
import io.appaudit.stores.Hash;
import io.appaudit.stores.Listing;
import io.appaudit.stores.StoreId;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

/** Synthetic listings for tests and benchmarks: realistic field values, varied by index. */
public final class Listings {

    private static final StoreId[] STORES = StoreId.values();

    private Listings() {
    }

    public static Listing synthetic(int i, Instant fetchedAt) {
        StoreId store = STORES[i % STORES.length];
        String pkg = "com.example.app" + (i / STORES.length);
        return Listing.builder(store, store == StoreId.HUAWEI ? "C" + (100000 + i) : pkg, pkg)
                .name("示例应用 " + i)
                .developer("示例科技（深圳）有限公司")
                .operator("示例科技（北京）有限公司")
                .versionName("1." + (i % 10) + ".0")
                .versionCode((long) (100 + i % 1000))
                .updatedAt(OffsetDateTime.parse("2025-06-01T00:00+08:00").plusDays(i % 500))
                .sizeBytes(10_000_000L + i)
                .downloads(1000L * i)
                .rating(3.5)
                .category("工具")
                .shortDescription("一款示例应用")
                .description("这是第 " + i + " 个示例应用的描述。")
                .privacyPolicyUrl("https://example.com/privacy/" + i)
                .permissions(List.of("android.permission.INTERNET", "android.permission.CAMERA"))
                .filingNumber("粤ICP备2023012345号-" + (i % 9 + 1) + "A")
                .targetSdk(28 + i % 8)
                .addHash(Hash.Kind.MD5, String.format("%032x", i))
                .addDownloadControl(DownloadControl.Kind.PRIMARY, "下载", "https://dl.example.com/" + pkg + ".apk")
                .sourceUrl("https://store.example.com/app/" + pkg)
                .fetchedAt(fetchedAt)
                .evidence(new EvidenceRef("appaudit-00001.warc.gz", "<urn:uuid:" + i + ">", "0".repeat(64)))
                .build();
    }
}
