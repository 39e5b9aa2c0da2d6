package io.appaudit.indexer.checks.listing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Android's permissions of protection level {@code dangerous} (vendored from AOSP's {@code core/res/AndroidManifest.xml},
 * see {@code checks/SOURCES.txt}), each with the words a store page uses to disclose it.
 */
final class DangerousPermissions {

    private static final String RESOURCE = "/io/appaudit/indexer/checks/dangerous-permissions.tsv";
    private static final Map<String, List<String>> WORDS = load();

    private DangerousPermissions() {
    }

    /** The dangerous permission of a manifest name, if it is one. */
    static Optional<String> find(String permission) {
        return permission != null && WORDS.containsKey(permission.strip()) ? Optional.of(permission.strip())
                : Optional.empty();
    }

    /** How many permissions the list holds (for the docs and a sanity test). */
    static int size() {
        return WORDS.size();
    }

    /**
     * True when the page's permission entries disclose a dangerous permission: an entry names it (in full or by its
     * short name, any case) or carries one of its words.
     */
    static boolean disclosed(String permission, List<String> pageEntries) {
        String full = permission.toLowerCase(Locale.ROOT);
        String shortName = full.substring(full.lastIndexOf('.') + 1);
        List<String> words = WORDS.getOrDefault(permission, List.of()).stream().map(ListingText::fold).toList();
        return pageEntries.stream().filter(Objects::nonNull).map(ListingText::fold).anyMatch(e ->
                e.contains(full) || containsName(e, shortName) || words.stream().anyMatch(e::contains));
    }

    /** The short name as a whole word ({@code camera} in "android.permission.camera", not in "cameraroll"). */
    private static boolean containsName(String entry, String name) {
        int i = entry.indexOf(name);
        while (i >= 0) {
            int end = i + name.length();
            boolean before = i == 0 || !Character.isLetterOrDigit(entry.charAt(i - 1)) && entry.charAt(i - 1) != '_';
            boolean after = end == entry.length() || !Character.isLetterOrDigit(entry.charAt(end))
                    && entry.charAt(end) != '_';
            if (before && after) {
                return true;
            }
            i = entry.indexOf(name, i + 1);
        }
        return false;
    }

    private static Map<String, List<String>> load() {
        InputStream in = DangerousPermissions.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("Missing resource " + RESOURCE);
        }
        Map<String, List<String>> m = new LinkedHashMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t", 2);
                m.put(cols[0].strip(), cols.length < 2 ? List.of()
                        : Arrays.stream(cols[1].split(",")).map(String::strip).filter(w -> !w.isEmpty()).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
        return Map.copyOf(m);
    }
}
