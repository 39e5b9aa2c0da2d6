package io.appaudit.stores.vivo;

import java.util.Objects;

/**
 * Settings of the vivo adapter.
 *
 * @param userAgent the User-Agent sent to the H5 API; public clients of that API all send a mobile Chrome one
 */
public record VivoConfig(String userAgent) {

    /** The mobile Chrome User-Agent the public H5 API clients use (Obtainium, update scripts). */
    public static final String MOBILE_CHROME_USER_AGENT =
            "Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Mobile Safari/537.36";

    public VivoConfig {
        Objects.requireNonNull(userAgent, "userAgent");
        if (userAgent.isBlank()) {
            throw new IllegalArgumentException("stores.vivo.user-agent must not be blank");
        }
    }

    public static VivoConfig defaults() {
        return new VivoConfig(MOBILE_CHROME_USER_AGENT);
    }
}
