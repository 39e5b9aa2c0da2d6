package io.appaudit.stores.kit;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Optional;

/**
 * The package a delivered APK's file name reveals, read one way for every store. Two shapes are read:
 * <ul>
 *   <li>{@code <package>.apk} and {@code <package>_<version>.apk} ({@link #packageIn}): the names CDNs and public
 *   clients save store downloads under ({@code com.tencent.mm.apk}, {@code com.tencent.mm_2780.apk},
 *   {@code com.tencent.mm_8.0.40_2420.apk});</li>
 *   <li>{@code <package>.<yyMMddHHmm>.apk} ({@link #stampedPackageIn}): Huawei's CDN names a file after its package
 *   and build time ({@code com.tencent.mm.2512041530.apk}).</li>
 * </ul>
 *
 * <p><b>The version suffix.</b> A version starts at an {@code _} followed by a digit and runs to {@code .apk}; it
 * may itself hold dots and underscores ({@code <versionName>_<versionCode>}). A package segment may also contain
 * {@code _<digit>} ({@code com.example.app_2}), so each such {@code _} whose left part is a valid
 * {@link PackageName} is a candidate split. The first candidate whose version begins with a dotted part
 * ({@code 8.0.40}) wins, since version names are dotted and package segments never are; when none is dotted, the
 * first candidate wins ({@code com.tencent.mm_2600.apk} is {@code com.tencent.mm} at version 2600, not a package
 * {@code com.tencent.mm_2600}). A whole stem that is a valid package and has no candidate split is the package.
 * Anything else ({@code 芒果TV_4.4.3_55.apk}, an MD5 or timestamp name, a non-APK) reveals nothing: a package is
 * never guessed.
 *
 * <p>A name is read after removing quotes, any directory part, and percent-escapes; names longer than
 * {@link #MAX_NAME} reveal nothing.
 */
public final class ApkFileName {

    /** Longer input is not a file name (file systems cap names at 255 bytes; escapes may triple that). */
    public static final int MAX_NAME = 768;
    private static final String APK = ".apk";
    private static final int STAMP_DIGITS = 10;

    private ApkFileName() {
    }

    /**
     * The package of a download: the delivered file name ({@code Content-Disposition}) first, else the final URL's
     * last path segment; each read with {@link #packageIn}. Null arguments reveal nothing.
     */
    public static Optional<String> packageOf(String finalUrl, Optional<String> fileName) {
        Optional<String> fromName = fileName == null ? Optional.empty() : fileName.flatMap(ApkFileName::packageIn);
        return fromName.isPresent() ? fromName : lastSegment(finalUrl).flatMap(ApkFileName::packageIn);
    }

    /** {@link #packageOf} for Huawei's stamped names, read with {@link #stampedPackageIn}. */
    public static Optional<String> stampedPackageOf(String finalUrl, Optional<String> fileName) {
        Optional<String> fromName = fileName == null ? Optional.empty()
                : fileName.flatMap(ApkFileName::stampedPackageIn);
        return fromName.isPresent() ? fromName : lastSegment(finalUrl).flatMap(ApkFileName::stampedPackageIn);
    }

    /** The package in {@code <package>.apk} or {@code <package>_<version>.apk}, by the rule in the class comment. */
    public static Optional<String> packageIn(String name) {
        Optional<String> stem = stem(name);
        if (stem.isEmpty()) {
            return Optional.empty();
        }
        String s = stem.get();
        String first = null;
        for (int i = s.indexOf('_'); i > 0; i = s.indexOf('_', i + 1)) {
            String pkg = s.substring(0, i);
            String version = s.substring(i + 1);
            if (version.isEmpty() || !Character.isDigit(version.charAt(0)) || !isVersion(version)
                    || !PackageName.isValid(pkg)) {
                continue;
            }
            int cut = version.indexOf('_');
            if ((cut < 0 ? version : version.substring(0, cut)).indexOf('.') >= 0) {
                return Optional.of(pkg);
            }
            if (first == null) {
                first = pkg;
            }
        }
        if (first != null) {
            return Optional.of(first);
        }
        return PackageName.isValid(s) ? Optional.of(s) : Optional.empty();
    }

    /** The package in {@code <package>.<yyMMddHHmm>.apk}, when the ten digits can be a build time. */
    public static Optional<String> stampedPackageIn(String name) {
        Optional<String> stem = stem(name);
        if (stem.isEmpty()) {
            return Optional.empty();
        }
        String s = stem.get();
        int dot = s.length() - STAMP_DIGITS - 1;
        if (dot <= 0 || s.charAt(dot) != '.') {
            return Optional.empty();
        }
        String pkg = s.substring(0, dot);
        return isStamp(s.substring(dot + 1)) && PackageName.isValid(pkg) ? Optional.of(pkg) : Optional.empty();
    }

    /** The last path segment of a URL, without query or fragment; empty when there is none. */
    public static Optional<String> lastSegment(String url) {
        if (url == null) {
            return Optional.empty();
        }
        String path = url.split("[?#]", 2)[0];
        return Text.present(path.substring(path.lastIndexOf('/') + 1));
    }

    /**
     * An APK's file name as delivered: without quotes, directories and percent-escapes; empty unless it ends in
     * {@code .apk} (any case).
     */
    public static Optional<String> baseName(String raw) {
        String name = Text.clean(raw);
        if (name == null || name.length() > MAX_NAME) {
            return Optional.empty();
        }
        name = name.replace("\"", "").replace("'", "");
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        return decode(name).flatMap(Text::present).filter(n -> n.toLowerCase(Locale.ROOT).endsWith(APK));
    }

    /** The file name without its {@code .apk} ending. */
    private static Optional<String> stem(String raw) {
        return baseName(raw).flatMap(n -> Text.present(n.substring(0, n.length() - APK.length())));
    }

    /** Version text: letters, digits, dots, underscores and hyphens (a display name's spaces or CJK are not). */
    private static boolean isVersion(String v) {
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            boolean ok = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')
                    || c == '.' || c == '_' || c == '-';
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /** Ten digits that are a real yyMMddHHmm time (a version code usually is not). */
    private static boolean isStamp(String digits) {
        if (digits.length() != STAMP_DIGITS || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return false;
        }
        try {
            LocalDateTime.of(2000 + Integer.parseInt(digits.substring(0, 2)), Integer.parseInt(digits.substring(2, 4)),
                    Integer.parseInt(digits.substring(4, 6)), Integer.parseInt(digits.substring(6, 8)),
                    Integer.parseInt(digits.substring(8, 10)));
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    private static Optional<String> decode(String s) {
        if (s.indexOf('%') < 0) {
            return Optional.of(s);
        }
        try {
            return Optional.of(URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
