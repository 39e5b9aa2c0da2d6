package io.appaudit.crawler.config;

import io.appaudit.indexer.checks.CheckConfig;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** The {@code checks.*} keys read into the indexer's {@link CheckConfig}, which knows nothing of {@link Settings}. */
public final class CheckKeys {

    private CheckKeys() {
    }

    /** Reads the keys under {@code prefix} ({@code checks} in the shipped configuration). */
    public static CheckConfig from(Settings s, String prefix) {
        String p = prefix + ".";
        return new CheckConfig(date(s, p + "filing-required-after"), pattern(s, p + "filing-pattern"),
                s.integer(p + "stale-days"),
                s.list(p + "stale-buckets").stream().map(b -> whole(p + "stale-buckets", b)).toList(),
                s.integer(p + "min-target-sdk"), date(s, p + "target-sdk-after"), s.duration(p + "failure-spacing"),
                s.list(p + "inducing-words"), s.string(p + "official-word"), s.list(p + "fast-download-words"),
                s.optional(p + "group-file").map(AppauditConfig::expandHome),
                s.optional(p + "registry-file").map(AppauditConfig::expandHome),
                s.optional(p + "notice-file").map(AppauditConfig::expandHome), s.decimal(p + "shown-threshold"));
    }

    private static LocalDate date(Settings s, String key) {
        String v = s.string(key);
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw new ConfigException("Configuration key " + key + " = '" + v + "': expected a date like 2024-04-01");
        }
    }

    private static Pattern pattern(Settings s, String key) {
        String v = s.string(key);
        try {
            return Pattern.compile(v);
        } catch (PatternSyntaxException e) {
            throw new ConfigException("Configuration key " + key + " is not a valid regular expression: "
                    + e.getDescription());
        }
    }

    private static int whole(String key, String v) {
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw new ConfigException("Configuration key " + key + ": '" + v + "' is not a whole number");
        }
    }
}
