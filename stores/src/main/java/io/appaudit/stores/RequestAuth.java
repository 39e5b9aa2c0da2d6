package io.appaudit.stores;

import java.time.Instant;
import java.util.Optional;

/**
 * How a store authorises requests: Huawei wants a session token in every call, OPPO's client API wants signed
 * headers. The crawler obtains the token, authorises each request just before sending it, and renews the token
 * before it expires (when its expiry is known or has been seen) and when a reply says it expired.
 */
public interface RequestAuth {

    /** Authorises nothing: for stores whose public pages need no token. */
    RequestAuth NONE = new RequestAuth() {
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
            return request;
        }

        @Override
        public boolean tokenExpired(StoreResponse response) {
            return false;
        }
    };

    /** The request that obtains a session token, when the store needs one. */
    Optional<StoreRequest> tokenRequest();

    /** Reads the token from the reply to {@link #tokenRequest()}; empty when the reply holds none. */
    Optional<String> readToken(StoreResponse response);

    /** The request with whatever the store needs added (token header, signature), as of {@code now}. */
    StoreRequest authorize(StoreRequest request, Optional<String> token, Instant now);

    /** True when a reply says the token has expired and the request should be retried with a new one. */
    boolean tokenExpired(StoreResponse response);

    /** When the token stops being accepted, if the token itself says so (a JWT's {@code exp}); empty when unknown. */
    default Optional<Instant> expiresAt(String token) {
        return Optional.empty();
    }
}
