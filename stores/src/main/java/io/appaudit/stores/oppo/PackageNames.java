package io.appaudit.stores.oppo;

import io.appaudit.stores.Text;
import java.net.URI;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a delivered OPPO file name says about its package. OPPO's own APK links end in a version id
 * ({@code /download/v1/22926538}) and say nothing; only a file named {@code <package>.apk} or
 * {@code <package>_<version>.apk} with a valid Java package name is read, so a guess is never made. A stem that
 * reads both ways ({@code com.tencent.mm_2600}) is taken as package and version.
 */
final class PackageNames {

    private static final Pattern APK_FILE = Pattern.compile("(.+)\\.(?i:apk)");
    /** The last {@code _} followed by a digit starts the version: {@code com.tencent.mm_8.0.49}. */
    private static final Pattern VERSIONED = Pattern.compile("(.+)_[0-9][A-Za-z0-9._\\-]*");
    /** Two or more Java identifiers joined by dots. */
    private static final Pattern PACKAGE = Pattern.compile("[A-Za-z][A-Za-z0-9_]*(?:\\.[A-Za-z][A-Za-z0-9_]*)+");
    private static final int MAX_NAME = 255;

    private PackageNames() {
    }

    static Optional<String> fromDownload(String finalUrl, Optional<String> fileName) {
        Optional<String> name = fileName == null ? Optional.empty() : fileName.flatMap(Text::present);
        return name.or(() -> lastSegment(finalUrl)).flatMap(PackageNames::fromFileName);
    }

    static Optional<String> fromFileName(String raw) {
        String name = Text.clean(raw);
        if (name == null) {
            return Optional.empty();
        }
        name = name.replace("\"", "").replace("'", "");
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        name = name.substring(slash + 1).strip();
        if (name.length() > MAX_NAME) {
            return Optional.empty();
        }
        Matcher file = APK_FILE.matcher(name);
        if (!file.matches()) {
            return Optional.empty();
        }
        String stem = file.group(1);
        Matcher versioned = VERSIONED.matcher(stem);
        if (versioned.matches() && PACKAGE.matcher(versioned.group(1)).matches()) {
            return Optional.of(versioned.group(1));
        }
        return PACKAGE.matcher(stem).matches() ? Optional.of(stem) : Optional.empty();
    }

    private static Optional<String> lastSegment(String url) {
        if (url == null) {
            return Optional.empty();
        }
        try {
            String path = URI.create(url).getPath();
            if (path == null) {
                return Optional.empty();
            }
            return Text.present(path.substring(path.lastIndexOf('/') + 1));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
