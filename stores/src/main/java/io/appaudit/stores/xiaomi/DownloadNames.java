package io.appaudit.stores.xiaomi;

import io.appaudit.stores.Text;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The package a Xiaomi download reveals. {@code /download/<appId>} redirects to the CDN, where public code shows
 * files named {@code <package>.apk} ({@code f2.market.xiaomi.com/download/AppStore/<hash>/com.tencent.mm.apk}) and
 * also display names ({@code 芒果TV_4.4.3_55.apk}). Only {@code <package>.apk} and {@code <package>_<digits>.apk}
 * count, and only when the leading part is a valid package name; anything else reveals nothing.
 */
final class DownloadNames {

    private static final String APK = ".apk";
    private static final Pattern DIGITS = Pattern.compile("\\d{1,19}");
    /** File names are capped far below this on every file system; longer input is not a file name. */
    private static final int MAX_NAME = 255;

    private DownloadNames() {
    }

    static Optional<String> packageOf(String finalUrl, Optional<String> fileName) {
        String name = fileName == null ? null : fileName.map(DownloadNames::lastSegment).orElse(null);
        if (name == null) {
            name = lastSegment(finalUrl);
        }
        if (name == null || name.length() > MAX_NAME || !name.toLowerCase(Locale.ROOT).endsWith(APK)) {
            return Optional.empty();
        }
        String base = name.substring(0, name.length() - APK.length());
        int underscore = base.lastIndexOf('_');
        if (underscore > 0 && DIGITS.matcher(base.substring(underscore + 1)).matches()
                && Replies.isPackageName(base.substring(0, underscore))) {
            return Optional.of(base.substring(0, underscore));
        }
        return Replies.isPackageName(base) ? Optional.of(base) : Optional.empty();
    }

    /** The last path segment, without query or fragment, percent-decoded, without surrounding quotes. */
    private static String lastSegment(String urlOrName) {
        String s = Text.clean(urlOrName);
        if (s == null) {
            return null;
        }
        s = s.split("[?#]", 2)[0];
        s = s.substring(s.lastIndexOf('/') + 1);
        try {
            s = URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
        return Text.clean(s.replace("\"", ""));
    }
}
