package io.appaudit.crawler.fetch;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import okhttp3.Dns;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * Refuses requests to this machine and to private, loopback, link-local and other non-public addresses
 * ({@link AddressRules}: a listing's links and the stores' redirects are not trusted), unless
 * fetch.allow-private-addresses is true. Checked on every hop before connecting or handing the request to a proxy
 * (names a proxy could read as a local address are refused by their form); as the client's {@link Dns} it also drops
 * refused answers at connect time, so a name that changes its answer between the two lookups still cannot reach
 * one. Configured proxies are trusted.
 */
final class PrivateAddressGuard implements Interceptor, Dns {

    private final boolean allowPrivate;
    private final Set<String> trustedHosts;
    private final AddressRules rules;

    PrivateAddressGuard(boolean allowPrivate, Set<String> trustedHosts) {
        this.allowPrivate = allowPrivate;
        this.trustedHosts = trustedHosts.stream().map(h -> h.toLowerCase(Locale.ROOT))
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
        this.rules = allowPrivate ? null : AddressRules.forThisMachine();
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        okhttp3.Request request = chain.request();
        if (!allowPrivate) {
            String host = request.url().host();
            Optional<String> byName = AddressRules.refusedName(host);
            if (byName.isPresent()) {
                throw new FetchRefusedException("refused " + request.url() + ": " + byName.get()
                        + "; set fetch.allow-private-addresses to true to allow it");
            }
            InetAddress[] addresses;
            try {
                addresses = InetAddress.getAllByName(host);
            } catch (UnknownHostException e) {
                // a proxy may know the name; without one, OkHttp's own lookup reports it
                return chain.proceed(request);
            }
            List<InetAddress> refused = Arrays.stream(addresses).filter(rules::refused).toList();
            if (!refused.isEmpty() && refused.size() == addresses.length) {
                throw new FetchRefusedException("refused " + request.url() + ": " + host + " is a private, loopback "
                        + "or link-local address, or this machine's own (" + refused.get(0).getHostAddress()
                        + "); set fetch.allow-private-addresses to true to allow it");
            }
        }
        return chain.proceed(request);
    }

    @Override
    public List<InetAddress> lookup(String hostname) throws UnknownHostException {
        List<InetAddress> all = Dns.SYSTEM.lookup(hostname);
        if (allowPrivate || trustedHosts.contains(hostname.toLowerCase(Locale.ROOT))) {
            return all;
        }
        List<InetAddress> public_ = all.stream().filter(a -> !rules.refused(a)).toList();
        if (public_.isEmpty()) {
            throw new UnknownHostException(hostname + " resolves only to private addresses: refused");
        }
        return public_;
    }

    /** True for addresses no public store or CDN should send us to. */
    static boolean isPrivate(InetAddress a) {
        return AddressRules.isPrivate(a);
    }
}
