package io.appaudit.stores.kit;

/**
 * The one package-name grammar of every store adapter: the package name is the key that joins a listing across
 * stores, so all five read it alike.
 *
 * <p>A package name is two or more segments joined by dots; each segment starts with an ASCII letter, followed by
 * ASCII letters, digits or underscores ({@code [A-Za-z][A-Za-z0-9_]*(\.[A-Za-z][A-Za-z0-9_]*)+}); at most 255
 * characters. This is the rule Android documents for an application id ("at least two segments; each segment must
 * start with a letter; all characters alphanumeric or an underscore", developer.android.com, <i>Configure the app
 * module: set the application ID</i>) and that the platform enforces when it parses a manifest:
 * {@code FrameworkParsingPackageUtils.validateName(name, requireSeparator=true, requireFilename=true)} (formerly
 * {@code PackageParser.validateName}) accepts letters anywhere, digits and {@code _} only after a segment's first
 * character, {@code .} as separator, and requires one separator. That loop alone would let an empty segment through
 * ({@code a..b}, {@code a.}); no installable app has one, and the application-id rule excludes it, so it is refused
 * here. The 255-character cap is the file-name limit the package's data directory must fit (the
 * {@code requireFilename} half of that check); longer text is no package name.
 */
public final class PackageName {

    /** Longer text is not a package name (a package must name a directory). */
    public static final int MAX_LENGTH = 255;

    private PackageName() {
    }

    /**
     * True when {@code s} is an Android package name by the rule above; false for null. Read character by character
     * rather than by regex: it is asked for every app a list reply shows.
     */
    public static boolean isValid(String s) {
        if (s == null || s.isEmpty() || s.length() > MAX_LENGTH) {
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
}
