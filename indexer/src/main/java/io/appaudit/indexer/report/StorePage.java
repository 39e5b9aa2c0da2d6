package io.appaudit.indexer.report;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The page of an app a reader can open in a browser, for the stores whose evidence is a JSON API reply (Huawei's
 * gateway, vivo's H5 API): the report links that page as the store page and keeps the API URL as the evidence.
 */
final class StorePage {

    private static final Pattern HUAWEI_ID = Pattern.compile("C?[0-9]{1,18}");
    private static final Pattern VIVO_ID = Pattern.compile("[0-9]{1,18}");

    private StorePage() {
    }

    /** The human page of the app, or empty when the store's evidence page is already one (or the id is not known). */
    static Optional<String> of(String store, String storeAppId) {
        if (storeAppId == null) {
            return Optional.empty();
        }
        String id = storeAppId.strip().toUpperCase(Locale.ROOT);
        return switch (store) {
            case "huawei" -> HUAWEI_ID.matcher(id).matches()
                    ? Optional.of("https://appgallery.huawei.com/app/" + (id.startsWith("C") ? id : "C" + id))
                    : Optional.empty();
            case "vivo" -> VIVO_ID.matcher(id).matches()
                    ? Optional.of("https://h5.appstore.vivo.com.cn/#/details?appId=" + id) : Optional.empty();
            default -> Optional.empty();
        };
    }
}
