package io.appaudit.stores;

import java.util.Objects;

/** One control on a listing that starts a download: its label as shown, and where it points. */
public record DownloadControl(Kind kind, String label, String url) {

    /** What role the control plays on the page. */
    public enum Kind {
        /** The listing's main download or install button. */
        PRIMARY,
        /** An extra download-styled control ("高速下载", "安全下载", …). */
        ALTERNATE,
        /** The store's own APK endpoint for the app (Huawei /appdl, Xiaomi /download, vivo download_url, Tencent apkUrl). */
        APK_ENDPOINT
    }

    public DownloadControl {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(url, "url");
        if (url.isBlank()) {
            throw new IllegalArgumentException("Download control '" + label + "' has an empty URL: leave it out");
        }
    }
}
