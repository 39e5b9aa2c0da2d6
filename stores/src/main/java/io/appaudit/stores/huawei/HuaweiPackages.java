package io.appaudit.stores.huawei;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Java package names, and the package that Huawei's APK file names reveal. */
final class HuaweiPackages {

    /** Android limits package names to 255 characters. */
    private static final int MAX_PACKAGE_LENGTH = 255;
    /** {@code /appdl/C<id>} redirects to {@code <package>.<yyMMddHHmm>.apk}: {@code com.tencent.mm.2512041530.apk}. */
    private static final Pattern APK_FILE = Pattern.compile(
            "(.+)\\.([0-9]{2})([0-9]{2})([0-9]{2})([0-9]{2})([0-9]{2})\\.apk", Pattern.CASE_INSENSITIVE);

    private HuaweiPackages() {
    }

    /**
     * An Android package name: two or more identifiers ({@code [A-Za-z][A-Za-z0-9_]*}) joined by dots. Read character
     * by character rather than by regex: it is asked for every app a reply lists.
     */
    static boolean isPackageName(String s) {
        if (s == null || s.length() > MAX_PACKAGE_LENGTH) {
            return false;
        }
        int segments = 0;
        boolean segmentStart = true;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
            if (segmentStart) {
                if (!letter) {
                    return false;
                }
                segmentStart = false;
                segments++;
            } else if (c == '.') {
                segmentStart = true;
            } else if (!letter && !(c >= '0' && c <= '9') && c != '_') {
                return false;
            }
        }
        return !segmentStart && segments >= 2;
    }

    /** The package in a delivered file's name: the Content-Disposition name first, else the URL's last segment. */
    static Optional<String> fromDownload(String finalUrl, Optional<String> fileName) {
        Optional<String> fromName = fileName == null ? Optional.empty()
                : fileName.flatMap(HuaweiPackages::fromFileName);
        return fromName.isPresent() ? fromName : lastSegment(finalUrl).flatMap(HuaweiPackages::fromFileName);
    }

    private static Optional<String> fromFileName(String name) {
        String n = name.strip();
        n = n.substring(Math.max(n.lastIndexOf('/'), n.lastIndexOf('\\')) + 1);
        if (n.length() > 1 && n.startsWith("\"") && n.endsWith("\"")) {
            n = n.substring(1, n.length() - 1);
        }
        Matcher m = APK_FILE.matcher(n);
        if (!m.matches() || !isPackageName(m.group(1)) || !isStamp(m)) {
            return Optional.empty();
        }
        return Optional.of(m.group(1));
    }

    /** The ten digits are a build time yyMMddHHmm: reject those that cannot be one (a version code, say). */
    private static boolean isStamp(Matcher m) {
        try {
            LocalDateTime.of(2000 + Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)),
                    Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)), Integer.parseInt(m.group(6)));
            return true;
        } catch (DateTimeException | NumberFormatException e) {
            return false;
        }
    }

    private static Optional<String> lastSegment(String url) {
        if (url == null) {
            return Optional.empty();
        }
        try {
            String path = URI.create(url.strip()).getRawPath();
            if (path == null || path.isEmpty()) {
                return Optional.empty();
            }
            String seg = path.substring(path.lastIndexOf('/') + 1);
            return seg.isEmpty() ? Optional.empty() : Optional.of(URLDecoder.decode(seg, StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
