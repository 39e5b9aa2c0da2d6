package io.appaudit.stores.tencent;

import com.fasterxml.jackson.databind.JsonNode;
import io.appaudit.stores.kit.ChineseCounts;
import io.appaudit.stores.kit.FilingNumbers;
import io.appaudit.stores.kit.JsonTree;
import io.appaudit.stores.kit.PlainText;
import io.appaudit.stores.kit.PlainUrls;
import io.appaudit.stores.kit.StoreDates;
import io.appaudit.stores.kit.StoreSizes;
import io.appaudit.stores.kit.Text;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Total, tolerant reads over one app object (an sj.qq.com {@code itemData} entry or a.app.qq.com's {@code appDetail}).
 * Fields the public crawlers document are read by their exact names; disclosures no public capture shows (privacy
 * policy, permissions, filing number, target SDK, website) are found by what their key names contain, so a field the
 * store adds later is picked up without a release.
 */
final class ItemFields {

    /** Key fragments (lower case, without {@code _}/{@code -}) that name a filing number field. */
    static final List<String> FILING_KEYS = List.of("icp", "beian", "filing", "recordnumber", "recordno");
    static final List<String> PRIVACY_KEYS = List.of("privacy");
    static final List<String> PERMISSION_KEYS = List.of("permission");
    static final List<String> WEBSITE_KEYS = List.of("website", "homepage", "officialsite", "officialurl");
    static final List<String> TARGET_SDK_KEYS = List.of("targetsdk", "targetsdkversion", "targetsdkver", "targetapi");
    /** Inside a permission object, the keys that name the permission, most specific first. */
    static final List<String> PERMISSION_NAME_KEYS = List.of("permission", "permission_name", "permissionName",
            "name", "title", "label", "desc", "description");
    private static final Pattern LIST_SEPARATORS = Pattern.compile("[;；,，\\n]+");
    /** Epoch values above this are milliseconds, not seconds (1e11 s is the year 5138). */
    private static final long MILLIS_THRESHOLD = 100_000_000_000L;

    private final JsonNode node;
    /** The object's fields with their keys normalised, read once for the several searches by key fragment. */
    private List<Field> fields;

    /** One field of the app object, its key lower-cased without {@code _} and {@code -}. */
    private record Field(String normalisedKey, JsonNode value) {
    }

    ItemFields(JsonNode node) {
        this.node = node;
    }

    JsonNode node() {
        return node;
    }

    /** The first of the keys that holds text. */
    Optional<String> text(String... keys) {
        for (String k : keys) {
            Optional<String> v = JsonTree.text(node, k);
            if (v.isPresent()) {
                return v;
            }
        }
        return Optional.empty();
    }

    Optional<Long> number(String key) {
        return JsonTree.number(node, key);
    }

    /** A count that may be a number, a numeric string, or Chinese units ({@code "12 亿次"}, {@code "3.5万"}). */
    Optional<Long> count(String key) {
        Optional<Long> n = JsonTree.number(node, key);
        if (n.isPresent()) {
            return n;
        }
        return JsonTree.text(node, key).flatMap(ChineseCounts::parse);
    }

    /** Bytes, sent as a number or a numeric string ({@code apk_size}), or printed ({@code "163.4 MB"}). */
    Optional<Long> bytes(String key) {
        Optional<Long> n = JsonTree.number(node, key);
        if (n.isPresent()) {
            return n.filter(v -> v > 0);
        }
        return JsonTree.text(node, key).flatMap(StoreSizes::parse);
    }

    /** A rating on Tencent's 0–5 scale; anything outside it is unknown rather than guessed at. */
    Optional<Double> rating(String key) {
        return JsonTree.decimal(node, key).filter(r -> r >= 0 && r <= 5);
    }

    /** A date sent as epoch seconds ({@code update_time}), epoch milliseconds, or date text. */
    Optional<OffsetDateTime> date(String key) {
        Optional<Long> n = JsonTree.number(node, key);
        if (n.isPresent()) {
            long v = n.get();
            return v > MILLIS_THRESHOLD ? StoreDates.epochMillis(v) : StoreDates.epochSeconds(v);
        }
        return JsonTree.text(node, key).flatMap(StoreDates::text);
    }

    /** Store text that may carry HTML: tags dropped, line breaks kept, entities decoded. */
    Optional<String> plainText(String key) {
        return JsonTree.text(node, key).flatMap(PlainText::lines);
    }

    /** An http(s) URL under a key containing one of the fragments, looking one level into objects and arrays. */
    Optional<String> urlByKey(List<String> fragments) {
        for (Field e : fields()) {
            if (matches(e, fragments)) {
                Optional<String> url = firstUrl(e.value(), 2);
                if (url.isPresent()) {
                    return url;
                }
            }
        }
        return Optional.empty();
    }

    /** A website URL: a key naming a website, but never the privacy-policy link. */
    Optional<String> website() {
        for (Field e : fields()) {
            if (matches(e, WEBSITE_KEYS) && !matches(e, PRIVACY_KEYS)) {
                Optional<String> url = firstUrl(e.value(), 2);
                if (url.isPresent()) {
                    return url;
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The permission list under a key containing "permission": an array of names or of objects naming them, or one
     * string separated by {@code ;} or {@code ,}. Empty only when the store sends an explicitly empty list.
     */
    Optional<List<String>> permissions() {
        for (Field e : fields()) {
            if (!matches(e, PERMISSION_KEYS)) {
                continue;
            }
            JsonNode v = e.value();
            if (v.isArray()) {
                List<String> out = new ArrayList<>();
                v.forEach(p -> permissionName(p).ifPresent(out::add));
                if (out.isEmpty() && !v.isEmpty()) {
                    continue;
                }
                return Optional.of(out);
            }
            if (v.isTextual() && Text.clean(v.asText()) != null) {
                List<String> out = new ArrayList<>();
                for (String p : LIST_SEPARATORS.split(v.asText())) {
                    Text.present(p).ifPresent(out::add);
                }
                return Optional.of(out);
            }
        }
        return Optional.empty();
    }

    private static Optional<String> permissionName(JsonNode p) {
        if (p.isValueNode()) {
            return Text.present(p.asText());
        }
        for (String k : PERMISSION_NAME_KEYS) {
            Optional<String> v = JsonTree.text(p, k);
            if (v.isPresent()) {
                return v;
            }
        }
        return Optional.empty();
    }

    /** A filing number from a field named for it, as the store wrote it (normalised when it has the usual shape). */
    Optional<String> filingField() {
        for (Field e : fields()) {
            if (matches(e, FILING_KEYS) && e.value().isValueNode()) {
                Optional<String> v = Text.present(e.value().asText());
                if (v.isPresent()) {
                    return Optional.of(FilingNumbers.find(v.get()).orElse(v.get()));
                }
            }
        }
        return Optional.empty();
    }

    /** A filing number written anywhere in this app object's own text (never the page around it). */
    Optional<String> filingInText() {
        StringBuilder sb = new StringBuilder();
        collectText(node, sb, 0);
        return FilingNumbers.find(sb.toString());
    }

    Optional<Integer> targetSdk() {
        for (Field e : fields()) {
            if (TARGET_SDK_KEYS.contains(e.normalisedKey())) {
                Optional<Long> v = wholeNumber(e.value());
                if (v.isPresent() && v.get() >= 1 && v.get() <= 100) {
                    return Optional.of(v.get().intValue());
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<Long> wholeNumber(JsonNode v) {
        if (v.isIntegralNumber() && v.canConvertToLong()) {
            return Optional.of(v.asLong());
        }
        if (v.isTextual()) {
            try {
                return Optional.of(Long.parseLong(v.asText().strip()));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** Every string value of the object and its children, up to a depth bound. */
    private static void collectText(JsonNode n, StringBuilder sb, int depth) {
        if (depth > 8) {
            return;
        }
        if (n.isTextual()) {
            sb.append(n.asText()).append('\n');
        } else if (n.isContainerNode()) {
            n.forEach(c -> collectText(c, sb, depth + 1));
        }
    }

    private static Optional<String> firstUrl(JsonNode v, int depth) {
        if (v.isTextual()) {
            return Text.present(v.asText()).filter(PlainUrls::isHttp);
        }
        if (depth > 0 && v.isContainerNode()) {
            for (JsonNode c : v) {
                Optional<String> u = firstUrl(c, depth - 1);
                if (u.isPresent()) {
                    return u;
                }
            }
        }
        return Optional.empty();
    }

    private static boolean matches(Field field, List<String> fragments) {
        for (String f : fragments) {
            if (field.normalisedKey().contains(f)) {
                return true;
            }
        }
        return false;
    }

    static String normalise(String key) {
        return key.toLowerCase(Locale.ROOT).replace("_", "").replace("-", "");
    }

    private List<Field> fields() {
        if (fields == null) {
            List<Field> out = new ArrayList<>();
            if (node != null && node.isObject()) {
                for (Map.Entry<String, JsonNode> e : node.properties()) {
                    out.add(new Field(normalise(e.getKey()), e.getValue()));
                }
            }
            fields = out;
        }
        return fields;
    }
}
