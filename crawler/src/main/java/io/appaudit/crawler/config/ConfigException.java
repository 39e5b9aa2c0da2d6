package io.appaudit.crawler.config;

/**
 * The configuration is wrong; the message names the key and the value at fault, then what it should be:
 * {@code fetch.max-body-size: 0b is below 1kb}.
 */
public final class ConfigException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ConfigException(String message) {
        super(message);
    }

    /** {@code key: value is below min}. */
    static ConfigException below(String key, Object value, Object min) {
        return new ConfigException(key + ": " + value + " is below " + min);
    }

    /** {@code key: value is outside min to max}. */
    static ConfigException outside(String key, Object value, Object min, Object max) {
        return new ConfigException(key + ": " + value + " is outside " + min + " to " + max);
    }
}
