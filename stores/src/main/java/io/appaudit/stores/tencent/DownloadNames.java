package io.appaudit.stores.tencent;

import io.appaudit.stores.Text;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What Tencent's download file names reveal. APKs from imtt.dd.qq.com / dd.myapp.com carry
 * {@code fsname=<package>_<versionName>[_<versionCode>].apk} (the myapp samples, a.app.qq.com's {@code apkUrl},
 * Obtainium's Tencent source names downloads by it). Anything served from microdown.myapp.com, or named
 * {@code 应用宝*.apk}, is the 应用宝 installer: package {@code com.tencent.android.qqdownloader}.
 */
final class DownloadNames {

    static final String INSTALLER_PACKAGE = "com.tencent.android.qqdownloader";
    static final String INSTALLER_FILE_PREFIX = "应用宝";
    static final String FSNAME = "fsname";
    private static final Pattern PACKAGE = Pattern.compile("[A-Za-z][A-Za-z0-9_]*(\\.[A-Za-z][A-Za-z0-9_]*)+");

    private DownloadNames() {
    }

    static Optional<String> packageFrom(String finalUrl, Optional<String> fileName) {
        String url = finalUrl == null ? "" : finalUrl;
        if (DownloadLinks.isInstaller(url)) {
            return Optional.of(INSTALLER_PACKAGE);
        }
        List<String> names = new ArrayList<>();
        if (fileName != null) {
            fileName.map(DownloadNames::decode).ifPresent(names::add);
        }
        query(url, FSNAME).ifPresent(names::add);
        lastSegment(url).ifPresent(names::add);
        for (String n : names) {
            Optional<String> pkg = fromName(n);
            if (pkg.isPresent()) {
                return pkg;
            }
        }
        return Optional.empty();
    }

    /** The package in {@code <package>_<version>.apk}; the installer's own file name gives the installer. */
    static Optional<String> fromName(String name) {
        String base = Text.clean(name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1));
        if (base == null || !base.toLowerCase(Locale.ROOT).endsWith(".apk")) {
            return Optional.empty();
        }
        if (base.startsWith(INSTALLER_FILE_PREFIX)) {
            return Optional.of(INSTALLER_PACKAGE);
        }
        String stem = base.substring(0, base.length() - 4);
        // Package names may hold '_', so every '_' followed by a digit is a candidate split. Prefer the split whose
        // version looks dotted (8.0.40); otherwise the first, since version codes alone are rarely dotted.
        String first = null;
        for (int i = stem.indexOf('_'); i > 0; i = stem.indexOf('_', i + 1)) {
            String pkg = stem.substring(0, i);
            String rest = stem.substring(i + 1);
            if (rest.isEmpty() || !Character.isDigit(rest.charAt(0)) || !PACKAGE.matcher(pkg).matches()) {
                continue;
            }
            int cut = rest.indexOf('_');
            if ((cut < 0 ? rest : rest.substring(0, cut)).contains(".")) {
                return Optional.of(pkg);
            }
            if (first == null) {
                first = pkg;
            }
        }
        return Optional.ofNullable(first);
    }

    private static Optional<String> query(String url, String key) {
        int q = url.indexOf('?');
        if (q < 0) {
            return Optional.empty();
        }
        int hash = url.indexOf('#', q);
        String query = hash < 0 ? url.substring(q + 1) : url.substring(q + 1, hash);
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && pair.substring(0, eq).equalsIgnoreCase(key)) {
                return Text.present(decode(pair.substring(eq + 1)));
            }
        }
        return Optional.empty();
    }

    private static Optional<String> lastSegment(String url) {
        int end = url.length();
        for (char c : new char[] {'?', '#'}) {
            int i = url.indexOf(c);
            if (i >= 0 && i < end) {
                end = i;
            }
        }
        String path = url.substring(0, end);
        return Text.present(decode(path.substring(path.lastIndexOf('/') + 1)));
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return s;
        }
    }
}
