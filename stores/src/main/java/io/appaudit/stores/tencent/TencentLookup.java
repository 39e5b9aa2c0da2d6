package io.appaudit.stores.tencent;

import io.appaudit.stores.AppRef;
import io.appaudit.stores.StoreId;
import io.appaudit.stores.StoreLookup;
import io.appaudit.stores.StoreRequest;
import io.appaudit.stores.kit.PackageName;
import java.util.Optional;

/** 应用宝 keys its detail pages by package ({@code sj.qq.com/appdetail/<pkg>}, with a.app.qq.com beside it). */
public final class TencentLookup implements StoreLookup {

    @Override
    public StoreId store() {
        return StoreId.TENCENT;
    }

    @Override
    public Optional<AppRef> byPackage(String packageName) {
        return PackageName.isValid(packageName)
                ? Optional.of(AppRef.of(StoreId.TENCENT, packageName, packageName, null, "lookup"))
                : Optional.empty();
    }

    @Override
    public Optional<StoreRequest> search(String keyword) {
        return Optional.of(keyword.strip()).filter(k -> !k.isEmpty()).map(k -> StoreRequest.get(StoreId.TENCENT,
                StoreRequest.Purpose.DISCOVERY,
                TencentUrls.searchUrl(k)));
    }
}
