package io.appaudit.stores.oppo;

import io.appaudit.stores.RequestAuth;
import io.appaudit.stores.StoreRequest;
import io.appaudit.stores.StoreResponse;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;

/**
 * Signs requests to OPPO's client API the way the app does:
 * {@code sign = md5_hex(key + ocs + t + id + path + decodedQuery + length + constant)}, where {@code length} is the
 * length in UTF-16 units (Java {@code String.length()}) of {@code key + ocs + t + id + path + decodedQuery}.
 * The app computes {@code length} of everything after the key and its native library adds 48, the key's length;
 * a Python 2 crawler counts UTF-8 bytes and subtracts 2 per Chinese character, which comes to the same number.
 * H5 requests (paths under {@code /home/}) are left alone. No session token is involved.
 */
final class OppoSigner implements RequestAuth {

    /** Without it the client API answers in protostuff, which appaudit does not read. */
    static final String ACCEPT_JSON = "application/json; charset=UTF-8";

    private final OppoSigning signing;

    OppoSigner(OppoSigning signing) {
        this.signing = Objects.requireNonNull(signing, "signing");
    }

    @Override
    public Optional<StoreRequest> tokenRequest() {
        return Optional.empty();
    }

    @Override
    public Optional<String> readToken(StoreResponse response) {
        return Optional.empty();
    }

    @Override
    public StoreRequest authorize(StoreRequest request, Optional<String> token, Instant now) {
        try {
            URI uri = URI.create(request.url());
            String path = uri.getPath();
            if (path == null || path.startsWith(OppoUrls.H5_PREFIX)) {
                return request;
            }
            String t = Long.toString(now.toEpochMilli());
            // The public crawlers sign "" for a missing query; every request this adapter makes has one.
            String query = Objects.requireNonNullElse(uri.getQuery(), "");
            return request.withHeader("t", t)
                    .withHeader("id", signing.deviceId())
                    .withHeader("oak", signing.oak())
                    .withHeader("ocs", signing.ocs())
                    .withHeader("sign", sign(signing, t, path, query))
                    .withHeader("Accept", ACCEPT_JSON);
        } catch (IllegalArgumentException | ArithmeticException e) {
            // an unparseable URL or an instant beyond epoch millis: send it as it is, the reply will say
            return request;
        }
    }

    @Override
    public boolean tokenExpired(StoreResponse response) {
        return false;
    }

    static String sign(OppoSigning s, String t, String path, String decodedQuery) {
        String head = s.key() + s.ocs() + t + s.deviceId() + path + decodedQuery;
        return md5Hex(head + head.length() + s.constant());
    }

    private static String md5Hex(String text) {
        try {
            MessageDigest md5 = MessageDigest.getInstance("MD5");
            return HexFormat.of().formatHex(md5.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has MD5", e);
        }
    }
}
