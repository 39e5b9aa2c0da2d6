package io.appaudit.crawler.probe;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;

/** The name a download would be saved under: Content-Disposition's filename, else the URL's last path segment. */
final class FileNames {

    /** RFC 6266 / 5987: {@code filename*=UTF-8''na%20me.apk} wins over {@code filename="name.apk"}. */
    private static final Pattern EXTENDED = Pattern.compile("filename\\*\\s*=\\s*([^']*)'[^']*'([^;]+)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PLAIN = Pattern.compile("filename\\s*=\\s*(\"([^\"]*)\"|[^;]+)",
            Pattern.CASE_INSENSITIVE);

    private FileNames() {
    }

    static Optional<String> of(Optional<String> contentDisposition, String finalUrl) {
        return contentDisposition.flatMap(FileNames::fromDisposition).or(() -> lastSegment(finalUrl));
    }

    static Optional<String> fromDisposition(String header) {
        Matcher ext = EXTENDED.matcher(header);
        if (ext.find()) {
            String charset = ext.group(1).isBlank() ? "UTF-8" : ext.group(1).trim();
            try {
                return clean(URLDecoder.decode(ext.group(2).trim().replace("+", "%2B"),
                        java.nio.charset.Charset.forName(charset.toUpperCase(Locale.ROOT))));
            } catch (IllegalArgumentException e) {
                // an unknown charset or bad escape: fall back to the plain parameter
            }
        }
        Matcher plain = PLAIN.matcher(header);
        if (plain.find()) {
            return clean(plain.group(2) != null ? plain.group(2) : plain.group(1).trim());
        }
        return Optional.empty();
    }

    static Optional<String> lastSegment(String url) {
        HttpUrl u = HttpUrl.parse(url);
        if (u == null) {
            return Optional.empty();
        }
        var segments = u.pathSegments();
        return clean(segments.isEmpty() ? "" : URLDecoder.decode(segments.get(segments.size() - 1)
                .replace("+", "%2B"), StandardCharsets.UTF_8));
    }

    /** A bare file name: no path, no quotes; blank is unknown. */
    private static Optional<String> clean(String name) {
        String n = name.replace('\\', '/');
        n = n.substring(n.lastIndexOf('/') + 1).replace("\"", "").trim();
        return n.isEmpty() ? Optional.empty() : Optional.of(n);
    }
}
