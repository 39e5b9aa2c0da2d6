package io.appaudit.indexer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.appaudit.indexer.ElasticConfig.IngestSettings;
import io.appaudit.indexer.checks.CheckConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;

/**
 * The {@code checks.*} and {@code elastic.ingest.*} defaults as shipped in the crawler's {@code defaults.yaml}, the one place they live, read for
 * tests of the indexer (which cannot see the crawler's configuration classes).
 */
public final class ShippedDefaults {

    private static final String SHIPPED = "crawler/src/main/resources/io/appaudit/crawler/defaults.yaml";
    /**
     * The shipped file, from a module's folder (Maven's basedir, for tests) or from the repository's root (the
     * benchmark scripts run there): the nearest folder at or above the start that holds it.
     */
    static final Path FILE = locate(Path.of(System.getProperty("basedir", ".")).toAbsolutePath().normalize());
    private static final Pattern DURATION = Pattern.compile("(\\d+)(ms|s|m|h|d)");
    private static final Pattern SIZE = Pattern.compile("(\\d+)(b|kb|mb|gb)");

    private ShippedDefaults() {
    }

    /** The shipped check thresholds, with no user files. */
    public static CheckConfig checks() {
        JsonNode c = read().path("checks");
        return new CheckConfig(LocalDate.parse(c.path("filing-required-after").asText()),
                Pattern.compile(c.path("filing-pattern").asText()), c.path("stale-days").asInt(),
                strings(c.path("stale-buckets")).stream().map(Integer::valueOf).toList(),
                c.path("min-target-sdk").asInt(), LocalDate.parse(c.path("target-sdk-after").asText()),
                duration(c.path("failure-spacing").asText()), strings(c.path("inducing-words")),
                c.path("official-word").asText(), strings(c.path("fast-download-words")), Optional.empty(),
                Optional.empty(), Optional.empty(), c.path("shown-threshold").asDouble());
    }

    /** The shipped bulk-ingest thresholds. */
    public static IngestSettings ingest() {
        JsonNode i = read().path("elastic").path("ingest");
        return new IngestSettings(i.path("max-operations").asInt(), size(i.path("max-bytes").asText()),
                duration(i.path("flush-interval").asText()), i.path("max-concurrent-requests").asInt(),
                i.path("max-retries").asInt(), duration(i.path("retry-backoff").asText()),
                duration(i.path("max-outage").asText()));
    }

    private static Path locate(Path start) {
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(SHIPPED);
            if (candidate.toFile().isFile()) {
                return candidate;
            }
        }
        return start.resolve("../" + SHIPPED).normalize();
    }

    private static JsonNode read() {
        try {
            return new ObjectMapper(new YAMLFactory()).readTree(FILE.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("The shipped defaults.yaml is unreadable at " + FILE, e);
        }
    }

    private static long size(String s) {
        Matcher m = SIZE.matcher(s.toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new IllegalStateException("defaults.yaml: a size such as 5mb was expected, not " + s);
        }
        int shift = switch (m.group(2)) {
            case "kb" -> 10;
            case "mb" -> 20;
            case "gb" -> 30;
            default -> 0;
        };
        return Long.parseLong(m.group(1)) << shift;
    }

    private static List<String> strings(JsonNode list) {
        return StreamSupport.stream(list.spliterator(), false).map(JsonNode::asText).toList();
    }

    private static Duration duration(String s) {
        Matcher m = DURATION.matcher(s.toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new IllegalStateException("defaults.yaml: a whole duration such as 24h was expected, not " + s);
        }
        long n = Long.parseLong(m.group(1));
        return switch (m.group(2)) {
            case "ms" -> Duration.ofMillis(n);
            case "s" -> Duration.ofSeconds(n);
            case "m" -> Duration.ofMinutes(n);
            case "h" -> Duration.ofHours(n);
            default -> Duration.ofDays(n);
        };
    }
}
