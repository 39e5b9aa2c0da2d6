package io.appaudit.stores;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a store's app key shows, for reading it back when the user named none: each pattern captures the key in
 * its first group, and the first pattern that matches wins.
 *
 * @param inUrls      read the key out of a store URL a user pasted: a detail page, an API call or the user-facing page
 * @param inReplies   sniff the key of the page's own app out of a saved reply
 * @param placeholder a key of the store's shape, for a reply that names no app at all (a not-found reply)
 */
public record AppKeyForms(List<Pattern> inUrls, List<Pattern> inReplies, String placeholder) {

    public AppKeyForms {
        inUrls = requireCapturing(inUrls, "inUrls");
        inReplies = requireCapturing(inReplies, "inReplies");
        if (placeholder == null || placeholder.isBlank()) {
            throw new IllegalArgumentException("placeholder must be a key of the store's shape, was '"
                    + placeholder + "'");
        }
    }

    private static List<Pattern> requireCapturing(List<Pattern> patterns, String name) {
        if (patterns.isEmpty()) {
            throw new IllegalArgumentException(name + " must hold at least one pattern");
        }
        for (Pattern p : patterns) {
            if (p.matcher("").groupCount() < 1) {
                throw new IllegalArgumentException(name + ": pattern " + p + " captures no key (no group)");
            }
        }
        return List.copyOf(patterns);
    }

    /** The app key in a store URL (percent-decoded first). */
    public Optional<String> inUrl(String url) {
        return first(inUrls, URLDecoder.decode(url, StandardCharsets.UTF_8));
    }

    /** The first app key found in a saved reply. */
    public Optional<String> inReply(String text) {
        return first(inReplies, text);
    }

    private static Optional<String> first(List<Pattern> patterns, String text) {
        for (Pattern p : patterns) {
            Matcher m = p.matcher(text);
            if (m.find()) {
                return Optional.of(m.group(1));
            }
        }
        return Optional.empty();
    }
}
