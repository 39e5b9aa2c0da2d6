package io.appaudit.crawler.config;

/** The configuration is wrong; the message names the key and what it should be. */
public final class ConfigException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ConfigException(String message) {
        super(message);
    }
}
