package io.appaudit.crawler.fetch;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import okhttp3.Dns;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * Refuses requests to private, loopback, link-local and other non-public addresses (a listing's links and the
 * stores' redirects are not trusted), unless fetch.allow-private-addresses is true. Checked on every hop before
 * connecting; as the client's {@link Dns} it also drops private answers at connect time, so a name that changes
 * its answer between the two lookups still cannot reach a private address. Configured proxies are trusted.
 */
final class PrivateAddressGuard implements Interceptor, Dns {

    private final boolean allowPrivate;
    private final Set<String> trustedHosts;

    PrivateAddressGuard(boolean allowPrivate, Set<String> trustedHosts) {
        this.allowPrivate = allowPrivate;
        this.trustedHosts = trustedHosts.stream().map(h -> h.toLowerCase(Locale.ROOT))
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        okhttp3.Request request = chain.request();
        if (!allowPrivate) {
            String host = request.url().host();
            InetAddress[] addresses;
            try {
                addresses = InetAddress.getAllByName(host);
            } catch (UnknownHostException e) {
                // a proxy may know the name; without one, OkHttp's own lookup reports it
                return chain.proceed(request);
            }
            List<InetAddress> refused = Arrays.stream(addresses).filter(PrivateAddressGuard::isPrivate).toList();
            if (!refused.isEmpty() && refused.size() == addresses.length) {
                throw new FetchRefusedException("refused " + request.url() + ": " + host + " is a private, loopback "
                        + "or link-local address (" + refused.get(0).getHostAddress()
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
        List<InetAddress> public_ = all.stream().filter(a -> !isPrivate(a)).toList();
        if (public_.isEmpty()) {
            throw new UnknownHostException(hostname + " resolves only to private addresses: refused");
        }
        return public_;
    }

    /** True for addresses no public store or CDN should send us to. */
    static boolean isPrivate(InetAddress a) {
        if (a.isLoopbackAddress() || a.isSiteLocalAddress() || a.isLinkLocalAddress() || a.isAnyLocalAddress()
                || a.isMulticastAddress()) {
            return true;
        }
        byte[] b = a.getAddress();
        if (a instanceof Inet4Address) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            // 0/8 "this network", 100.64/10 carrier-grade NAT, 198.18/15 benchmarking, 240/4 reserved
            return first == 0 || (first == 100 && second >= 64 && second < 128)
                    || (first == 198 && (second == 18 || second == 19)) || first >= 240;
        }
        if (a instanceof Inet6Address) {
            // fc00::/7 unique local
            return (b[0] & 0xfe) == 0xfc;
        }
        return false;
    }
}
