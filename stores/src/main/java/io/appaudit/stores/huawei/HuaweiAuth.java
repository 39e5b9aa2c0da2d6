package io.appaudit.stores.huawei;

import io.appaudit.stores.RequestAuth;
import io.appaudit.stores.StoreId;
import io.appaudit.stores.StoreRequest;
import io.appaudit.stores.StoreResponse;
import io.appaudit.stores.kit.JsonTree;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The gateway's session token: {@code POST getInterfaceCode} answers a quoted JWT, and every data call carries
 * {@code Interface-Code: <token>_<epoch ms>}. A reply with {@code rtnCode} 1002 means the token expired; a token
 * whose payload has an {@code exp} claim says when it will.
 */
final class HuaweiAuth implements RequestAuth {

    static final String INTERFACE_CODE = "Interface-Code";
    static final String ORIGIN = "Origin";
    static final String REFERER = "Referer";
    static final long TOKEN_EXPIRED = 1002;
    private static final Pattern EXPIRED_HINT = Pattern.compile("\"rtnCode\"\\s*:\\s*\"?1002(?![0-9])");

    /** Three base64url segments; the signature may be empty in unsigned tokens. */
    private static final Pattern JWT = Pattern.compile("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]*");

    @Override
    public Optional<StoreRequest> tokenRequest() {
        return Optional.of(StoreRequest.post(StoreId.HUAWEI, StoreRequest.Purpose.TOKEN, HuaweiUrls.TOKEN_URL,
                Map.of(ORIGIN, HuaweiUrls.WEB_ORIGIN, REFERER, HuaweiUrls.WEB_ORIGIN,
                        "Content-Type", "application/json"),
                "{}".getBytes(StandardCharsets.UTF_8)));
    }

    @Override
    public Optional<String> readToken(StoreResponse response) {
        if (response.status() != 200) {
            return Optional.empty();
        }
        String body = response.text().strip();
        if (body.length() < 2 || body.charAt(0) != '"' || body.charAt(body.length() - 1) != '"') {
            return Optional.empty();
        }
        String token = body.substring(1, body.length() - 1);
        return JWT.matcher(token).matches() ? Optional.of(token) : Optional.empty();
    }

    @Override
    public StoreRequest authorize(StoreRequest request, Optional<String> token, Instant now) {
        if (request.purpose() == StoreRequest.Purpose.TOKEN) {
            return request;
        }
        StoreRequest r = request.withHeader(ORIGIN, HuaweiUrls.WEB_ORIGIN).withHeader(REFERER, HuaweiUrls.WEB_ORIGIN);
        // Without a token the gateway answers 1002, which makes the crawler fetch one: no placeholder is sent.
        return token.filter(t -> !t.isBlank())
                .map(t -> r.withHeader(INTERFACE_CODE, t + "_" + now.toEpochMilli()))
                .orElse(r);
    }

    /** The JWT's {@code exp} claim (epoch seconds) when its payload carries one. */
    @Override
    public Optional<Instant> expiresAt(String token) {
        String[] parts = token.split("\\.", -1);
        if (parts.length != 3) {
            return Optional.empty();
        }
        byte[] payload;
        try {
            payload = Base64.getUrlDecoder().decode(parts[1]);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        return JsonTree.parse(new String(payload, StandardCharsets.UTF_8))
                .flatMap(root -> JsonTree.number(root, "exp"))
                .filter(exp -> exp > 0 && exp < 100_000_000_000L)
                .map(Instant::ofEpochSecond);
    }

    /** Called on every data reply: only replies that mention {@code "rtnCode": 1002} are parsed a second time. */
    @Override
    public boolean tokenExpired(StoreResponse response) {
        String body = response.text();
        if (!EXPIRED_HINT.matcher(body).find()) {
            return false;
        }
        return JsonTree.parse(body)
                .flatMap(root -> JsonTree.number(root, HuaweiReplies.RTN_CODE))
                .filter(code -> code == TOKEN_EXPIRED)
                .isPresent();
    }
}
