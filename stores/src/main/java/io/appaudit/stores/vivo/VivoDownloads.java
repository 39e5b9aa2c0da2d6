package io.appaudit.stores.vivo;

import io.appaudit.stores.Text;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The package a delivered file name reveals. vivo's download endpoint ({@code download_url},
 * {@code appinfo/downloadApkFile?id=<id>}) answers 302 to its CDN, whose files are named after an upload timestamp
 * and a hash ({@code /appstore/developer/apk/20260928/2026092814340201<hash>.apk}): those reveal nothing. Only a name
 * that is itself a package ({@code <package>.apk}) or a package and a version code ({@code <package>_<digits>.apk},
 * the name public clients save vivo downloads under) is read; anything else gives no package.
 */
final class VivoDownloads {

    /** An Android package: two or more dot-separated Java identifiers, each starting with a letter. */
    static final Pattern PACKAGE = Pattern.compile("[A-Za-z][A-Za-z0-9_]*(?:\\.[A-Za-z][A-Za-z0-9_]*)+");
    /** {@code <package>_<versionCode>.apk}; tried first, so a version suffix is never taken into the package. */
    static final Pattern VERSIONED = Pattern.compile("(.+)_[0-9]+\\.apk", Pattern.CASE_INSENSITIVE);
    static final Pattern PLAIN = Pattern.compile("(.+)\\.apk", Pattern.CASE_INSENSITIVE);
    /** Android caps package names at 255 characters; longer names are not ones. */
    private static final int MAX_NAME = 255 + ".apk".length() + 12;

    private VivoDownloads() {
    }

    static Optional<String> packageOf(String finalUrl, Optional<String> fileName) {
        Optional<String> fromName = fileName.flatMap(VivoDownloads::fromFileName);
        return fromName.isPresent() ? fromName : fromFileName(lastSegment(finalUrl));
    }

    private static Optional<String> fromFileName(String raw) {
        String name = Text.clean(raw);
        if (name == null) {
            return Optional.empty();
        }
        name = baseName(decode(name.replace("\"", "").replace("'", "")).strip());
        if (name.length() > MAX_NAME) {
            return Optional.empty();
        }
        for (Pattern p : new Pattern[] {VERSIONED, PLAIN}) {
            Matcher m = p.matcher(name);
            if (m.matches() && PACKAGE.matcher(m.group(1)).matches()) {
                return Optional.of(m.group(1));
            }
        }
        return Optional.empty();
    }

    private static String lastSegment(String url) {
        if (url == null) {
            return "";
        }
        int end = url.length();
        int q = url.indexOf('?');
        int h = url.indexOf('#');
        if (q >= 0) {
            end = q;
        }
        if (h >= 0 && h < end) {
            end = h;
        }
        String path = url.substring(0, end);
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private static String baseName(String name) {
        int cut = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        return name.substring(cut + 1);
    }

    private static String decode(String s) {
        if (s.indexOf('%') < 0) {
            return s;
        }
        try {
            return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return s;
        }
    }
}
