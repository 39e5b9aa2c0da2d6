package io.appaudit.crawler.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.appaudit.stores.StoreId;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The configuration as dotted keys ({@code stores.huawei.delay}): the defaults shipped in {@code defaults.yaml}
 * (and each store's {@code stores.<store>.*} in its own package's, {@link io.appaudit.stores.StoreModule#defaults()})
 * overlaid with the user's file (nested or dotted YAML). Every key read is remembered, so a key in the user's file
 * that nothing reads (a typo) is reported by name instead of silently ignored.
 */
public final class Settings {

    private static final Pattern DURATION = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(ms|s|m|h|d)");
    private static final Pattern SIZE = Pattern.compile("(\\d+)\\s*(b|kb|mb|gb)?");
    private static final Pattern WHOLE = Pattern.compile("[-+]?\\d+");
    /** The longest duration a key may hold: 100 years. */
    static final Duration MAX_DURATION = Duration.ofDays(36_500);
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private final Map<String, Object> values;
    private final Set<String> fromUser;
    private final Set<String> read = new LinkedHashSet<>();
    private final String source;

    private Settings(Map<String, Object> values, Set<String> fromUser, String source) {
        this.values = values;
        this.fromUser = fromUser;
        this.source = source;
    }

    /** The defaults, overlaid with the given file when there is one. */
    public static Settings load(Optional<Path> file) {
        return load(file.map(List::of).orElse(List.of()));
    }

    /** The defaults, overlaid with each file in turn (a later file wins). */
    public static Settings load(List<Path> files) {
        Map<String, Object> defaults = new TreeMap<>();
        try (InputStream in = Settings.class.getResourceAsStream("/io/appaudit/crawler/defaults.yaml")) {
            flatten("", YAML.readTree(in), defaults);
        } catch (IOException e) {
            throw new IllegalStateException("The shipped defaults.yaml is unreadable", e);
        }
        for (StoreId store : StoreId.values()) {
            URL own = store.module().defaults();
            if (own == null) {
                throw new IllegalStateException("Store " + store + " ships no defaults.yaml beside its module class");
            }
            try (InputStream in = own.openStream()) {
                flatten("stores." + store.id(), YAML.readTree(in), defaults);
            } catch (IOException e) {
                throw new IllegalStateException("The shipped defaults of store " + store + " are unreadable at " + own,
                        e);
            }
        }
        Map<String, Object> user = new TreeMap<>();
        String source = files.isEmpty() ? "the defaults" : files.stream().map(Path::toString)
                .reduce((a, b) -> a + " and " + b).orElseThrow();
        for (Path f : files) {
            readInto(f, user);
        }
        Map<String, Object> merged = new TreeMap<>(defaults);
        merged.putAll(user);
        return new Settings(merged, user.keySet(), source);
    }

    private static void readInto(Path f, Map<String, Object> into) {
        if (!Files.isReadable(f)) {
            throw new ConfigException("Configuration file " + f + " does not exist or cannot be read");
        }
        try {
            JsonNode n = YAML.readTree(f.toFile());
            if (n != null && !n.isMissingNode() && !n.isNull()) {
                if (!n.isObject()) {
                    throw new ConfigException("Configuration file " + f + " must hold keys and values (a YAML mapping)");
                }
                flatten("", n, into);
            }
        } catch (IOException e) {
            throw new ConfigException("Configuration file " + f + " is not valid YAML: " + e.getMessage());
        }
    }

    /** These settings with some values replaced (values a command sets, such as a replay's address). */
    public Settings with(Map<String, ?> overrides) {
        Map<String, Object> merged = new TreeMap<>(values);
        merged.putAll(overrides);
        Set<String> user = new LinkedHashSet<>(fromUser);
        user.addAll(overrides.keySet());
        return new Settings(merged, user, source);
    }

    /** Settings from explicit values over the defaults, for tests. */
    public static Settings of(Map<String, ?> overrides) {
        Settings s = load(Optional.empty());
        Map<String, Object> merged = new TreeMap<>(s.values);
        merged.putAll(overrides);
        return new Settings(merged, overrides.keySet(), "the given values");
    }

    private static void flatten(String prefix, JsonNode n, Map<String, Object> out) {
        if (n.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
                var e = it.next();
                flatten(prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey(), e.getValue(), out);
            }
        } else if (n.isArray()) {
            List<String> list = new ArrayList<>();
            n.forEach(x -> list.add(x.isValueNode() ? x.asText() : x.toString()));
            out.put(prefix, list);
        } else if (n.isNull()) {
            out.put(prefix, "");
        } else {
            out.put(prefix, n.asText());
        }
    }

    private Object raw(String key) {
        read.add(key);
        if (!values.containsKey(key)) {
            throw new IllegalStateException("No default for configuration key '" + key + "': add it to defaults.yaml");
        }
        return values.get(key);
    }

    public String string(String key) {
        Object v = raw(key);
        if (v instanceof List<?>) {
            throw bad(key, v, "a single value");
        }
        return v.toString().trim();
    }

    /** A value that may be left empty. */
    public Optional<String> optional(String key) {
        String s = string(key);
        return s.isEmpty() ? Optional.empty() : Optional.of(s);
    }

    public int integer(String key) {
        String s = string(key);
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            if (WHOLE.matcher(s).matches()) {
                throw new ConfigException(key + ": " + s + " is outside " + Integer.MIN_VALUE + " to "
                        + Integer.MAX_VALUE + in());
            }
            throw bad(key, s, "a whole number");
        }
    }

    /** A finite number: {@code 1e400} (infinite once read) and {@code NaN} are refused. */
    public double decimal(String key) {
        String s = string(key);
        double d;
        try {
            d = Double.parseDouble(s);
        } catch (NumberFormatException e) {
            throw bad(key, s, "a number");
        }
        if (!Double.isFinite(d)) {
            throw new ConfigException(key + ": " + s + " is not a finite number" + in());
        }
        return d;
    }

    public boolean bool(String key) {
        String s = string(key).toLowerCase(Locale.ROOT);
        return switch (s) {
            case "true", "yes", "on" -> true;
            case "false", "no", "off" -> false;
            default -> throw bad(key, s, "true or false");
        };
    }

    /**
     * A duration such as {@code 500ms}, {@code 1.5s}, {@code 10m}, {@code 2h}, {@code 7d}; at most {@link #MAX_DURATION}
     * (a longer one would overflow the clock arithmetic it feeds).
     */
    public Duration duration(String key) {
        String s = string(key).toLowerCase(Locale.ROOT);
        Matcher m = DURATION.matcher(s);
        if (!m.matches()) {
            throw bad(key, s, "a duration such as 500ms, 1s, 10m, 2h or 7d");
        }
        BigDecimal ms = new BigDecimal(m.group(1)).multiply(BigDecimal.valueOf(switch (m.group(2)) {
            case "ms" -> 1L;
            case "s" -> 1_000L;
            case "m" -> 60_000L;
            case "h" -> 3_600_000L;
            default -> 86_400_000L;
        }));
        if (ms.compareTo(BigDecimal.valueOf(MAX_DURATION.toMillis())) > 0) {
            throw new ConfigException(key + ": " + s + " is above " + ValueText.duration(MAX_DURATION) + in());
        }
        return Duration.ofMillis(ms.longValue());
    }

    /** A size such as {@code 5mb}, {@code 512kb}, {@code 1gb} or a plain number of bytes, up to 8 exabytes. */
    public long bytes(String key) {
        String s = string(key).toLowerCase(Locale.ROOT).replace(" ", "");
        Matcher m = SIZE.matcher(s);
        if (!m.matches()) {
            throw bad(key, s, "a size such as 512kb, 5mb or 1gb");
        }
        String unit = m.group(2) == null ? "b" : m.group(2);
        int shift = switch (unit) {
            case "kb" -> 10;
            case "mb" -> 20;
            case "gb" -> 30;
            default -> 0;
        };
        try {
            long n = Long.parseLong(m.group(1));
            return Math.multiplyExact(n, 1L << shift);
        } catch (NumberFormatException | ArithmeticException e) {
            throw new ConfigException(key + ": " + s + " is too large to be a size" + in());
        }
    }

    public URI uri(String key) {
        String s = string(key);
        try {
            URI u = URI.create(s);
            if (u.getScheme() == null || u.getHost() == null) {
                throw bad(key, s, "an absolute URL such as https://example.com");
            }
            return u;
        } catch (IllegalArgumentException e) {
            throw bad(key, s, "an absolute URL such as https://example.com");
        }
    }

    /** A list (a YAML sequence, or one comma-separated value). */
    public List<String> list(String key) {
        Object v = raw(key);
        if (v instanceof List<?> l) {
            return l.stream().map(Object::toString).map(String::trim).filter(x -> !x.isEmpty()).toList();
        }
        String s = v.toString().trim();
        return s.isEmpty() ? List.of() : List.of(s.split("\\s*,\\s*"));
    }

    /** The direct children of a key in the user's and default values, e.g. the hosts under {@code endpoints}. */
    public Map<String, String> map(String prefix) {
        Map<String, String> out = new LinkedHashMap<>();
        String p = prefix + ".";
        for (String k : values.keySet()) {
            if (k.startsWith(p) && !values.get(k).toString().isEmpty()) {
                read.add(k);
                out.put(k.substring(p.length()), values.get(k).toString());
            }
        }
        read.add(prefix);
        return out;
    }

    /** Fails naming every key of the user's file that nothing read: almost always a typo. */
    public void requireAllUsed() {
        List<String> unknown = fromUser.stream().filter(k -> !read.contains(k)
                && read.stream().noneMatch(r -> k.startsWith(r + "."))).sorted().toList();
        if (!unknown.isEmpty()) {
            throw new ConfigException("Unknown configuration key" + (unknown.size() > 1 ? "s " : " ")
                    + String.join(", ", unknown) + " in " + source
                    + ": check the spelling against the README's configuration table");
        }
    }

    /** Where the values come from, for messages: {@code " in appaudit.yaml"}. */
    private String in() {
        return " in " + source;
    }

    private ConfigException bad(String key, Object value, String wanted) {
        return new ConfigException("Configuration key " + key + " = '" + value + "' in " + source + ": expected "
                + wanted);
    }
}
