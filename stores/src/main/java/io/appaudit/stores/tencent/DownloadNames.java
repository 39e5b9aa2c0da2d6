package io.appaudit.stores.tencent;

import io.appaudit.stores.kit.ApkFileName;
import io.appaudit.stores.kit.QueryParams;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What Tencent's download file names reveal. APKs from imtt.dd.qq.com / dd.myapp.com carry
 * {@code fsname=<package>_<versionName>[_<versionCode>].apk} (the myapp samples, a.app.qq.com's {@code apkUrl},
 * Obtainium's Tencent source names downloads by it), read by {@link ApkFileName}. Anything served from
 * microdown.myapp.com, or named {@code 应用宝*.apk}, is the 应用宝 installer: package
 * {@code com.tencent.android.qqdownloader}.
 */
final class DownloadNames {

    static final String INSTALLER_PACKAGE = "com.tencent.android.qqdownloader";
    static final String INSTALLER_FILE_PREFIX = "应用宝";
    static final String FSNAME = "fsname";

    private DownloadNames() {
    }

    /** The package of a download: the installer's, else the first of file name, fsname, last URL segment. */
    static Optional<String> packageFrom(String finalUrl, Optional<String> fileName) {
        String url = finalUrl == null ? "" : finalUrl;
        if (DownloadLinks.isInstaller(url)) {
            return Optional.of(INSTALLER_PACKAGE);
        }
        List<String> names = new ArrayList<>();
        if (fileName != null) {
            fileName.ifPresent(names::add);
        }
        Optional.ofNullable(QueryParams.of(url).get(FSNAME)).ifPresent(names::add);
        ApkFileName.lastSegment(url).ifPresent(names::add);
        for (String name : names) {
            Optional<String> pkg = isInstallerFile(name) ? Optional.of(INSTALLER_PACKAGE) : ApkFileName.packageIn(name);
            if (pkg.isPresent()) {
                return pkg;
            }
        }
        return Optional.empty();
    }

    /** The installer's own file name, {@code 应用宝*.apk}, percent-encoded or not. */
    private static boolean isInstallerFile(String name) {
        return ApkFileName.baseName(name).filter(base -> base.startsWith(INSTALLER_FILE_PREFIX)).isPresent();
    }
}
