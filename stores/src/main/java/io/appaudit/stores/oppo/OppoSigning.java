package io.appaudit.stores.oppo;

/**
 * The parameters OPPO's signed client API needs, supplied by the user from their own copy of OPPO's app.
 * appaudit never ships them: the key and the constant are the app's, and {@link #toString()} never shows them.
 *
 * @param key      the signing key the app's native library assembles (48 characters in the builds studied)
 * @param constant the constant the library appends after the length
 * @param oak      the {@code oak} header value (the app key)
 * @param ocs      the {@code ocs} header value (the device/ROM string), exactly as sent, percent-encoding included
 * @param deviceId the {@code id} header value (the device's open id, as the app sends it)
 */
public record OppoSigning(String key, String constant, String oak, String ocs, String deviceId) {

    public OppoSigning {
        requireText(key, "key");
        requireText(constant, "constant");
        requireText(oak, "oak");
        requireText(ocs, "ocs");
        requireText(deviceId, "deviceId");
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            // the value itself is never echoed: it may be a secret
            throw new IllegalArgumentException("OPPO signing parameter '" + name + "' must be non-blank");
        }
    }

    @Override
    public String toString() {
        return "OppoSigning[key=(hidden), constant=(hidden), oak=" + oak + ", ocs=" + ocs + ", deviceId=" + deviceId
                + "]";
    }
}
