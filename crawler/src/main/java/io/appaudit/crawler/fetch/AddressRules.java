package io.appaudit.crawler.fetch;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.util.Collections;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Which hosts and addresses a listing's link may never lead the crawler to: the machine's own addresses, every
 * loopback, private, link-local, unique-local, reserved and documentation range, IPv4 addresses hidden inside IPv6
 * ones (IPv4-compatible, IPv4-mapped, NAT64, 6to4; Teredo and local-use NAT64 wholesale), and names that another
 * resolver (a proxy's) could read as such: non-canonical IPv4 literals ({@code 0x7f000001}, {@code 0177.0.0.1},
 * {@code 127.1}, {@code 2130706433}), {@code localhost} and its subdomains, and names with a trailing dot.
 */
final class AddressRules {

    private final Set<InetAddress> own;

    private AddressRules(Set<InetAddress> own) {
        this.own = Set.copyOf(own);
    }

    /** The rules with this machine's interface addresses as they are now. */
    static AddressRules forThisMachine() {
        Set<InetAddress> own = new HashSet<>();
        try {
            for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                Collections.list(nic.getInetAddresses()).forEach(a -> own.add(withoutScope(a)));
            }
        } catch (SocketException e) {
            // no interface list: the address ranges below still apply
        }
        return new AddressRules(own);
    }

    /** Why a host name is refused before any lookup or proxy hand-off; empty when the name may be looked up. */
    static Optional<String> refusedName(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        if (h.endsWith(".")) {
            return Optional.of(host + " ends with a dot (a name another resolver may read differently)");
        }
        if (h.equals("localhost") || h.endsWith(".localhost") || h.equals("localhost.localdomain")) {
            return Optional.of(host + " names this machine");
        }
        if (looksLikeIpv4(h) && !canonicalIpv4(h)) {
            return Optional.of(host + " is an IPv4 address written in a non-canonical form (octal, hexadecimal or "
                    + "short), which resolvers read differently");
        }
        return Optional.empty();
    }

    /** True for this machine's own addresses and every address no public store or CDN should send us to. */
    boolean refused(InetAddress a) {
        return isPrivate(a) || own.contains(withoutScope(a));
    }

    /** True for addresses in ranges no public store or CDN should send us to. */
    static boolean isPrivate(InetAddress a) {
        if (a.isLoopbackAddress() || a.isSiteLocalAddress() || a.isLinkLocalAddress() || a.isAnyLocalAddress()
                || a.isMulticastAddress()) {
            return true;
        }
        byte[] b = a.getAddress();
        if (a instanceof Inet4Address) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            int third = b[2] & 0xff;
            // 0/8 "this network", 100.64/10 carrier-grade NAT, 198.18/15 benchmarking, 240/4 reserved and broadcast,
            // 192.0.0/24 protocol assignments, 192.0.2/24, 198.51.100/24, 203.0.113/24 documentation
            return first == 0 || (first == 100 && second >= 64 && second < 128)
                    || (first == 198 && (second == 18 || second == 19)) || first >= 240
                    || (first == 192 && second == 0 && (third == 0 || third == 2))
                    || (first == 198 && second == 51 && third == 100) || (first == 203 && second == 0 && third == 113);
        }
        if (a instanceof Inet6Address) {
            return isPrivateV6(b);
        }
        return false;
    }

    private static boolean isPrivateV6(byte[] b) {
        int w0 = word(b, 0);
        int w1 = word(b, 2);
        if ((b[0] & 0xfe) == 0xfc) {
            return true; // fc00::/7 unique local
        }
        if (w0 == 0x2001 && (w1 == 0 || w1 == 0x0db8)) {
            return true; // 2001::/32 Teredo (an IPv4 address in disguise), 2001:db8::/32 documentation
        }
        if (w0 == 0x0064 && w1 == 0xff9b && word(b, 4) == 1) {
            return true; // 64:ff9b:1::/48 local-use NAT64
        }
        if (w0 == 0x0100 && w1 == 0 && word(b, 4) == 0 && word(b, 6) == 0) {
            return true; // 100::/64 discard-only
        }
        if (w0 == 0x2002) {
            return isPrivate(v4(b, 2)); // 6to4
        }
        boolean zeros4to11 = allZero(b, 4, 12);
        if (w0 == 0x0064 && w1 == 0xff9b && zeros4to11) {
            return isPrivate(v4(b, 12)); // 64:ff9b::/96 NAT64
        }
        if (w0 == 0 && w1 == 0 && zeros4to11) {
            return isPrivate(v4(b, 12)); // ::a.b.c.d IPv4-compatible
        }
        if (allZero(b, 0, 10) && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff) {
            return isPrivate(v4(b, 12)); // ::ffff:a.b.c.d IPv4-mapped
        }
        return false;
    }

    private static boolean looksLikeIpv4(String h) {
        String[] parts = h.split("\\.", -1);
        if (parts.length > 4) {
            return false;
        }
        for (String p : parts) {
            if (!p.matches("0x[0-9a-f]*|[0-9]+")) {
                return false;
            }
        }
        return true;
    }

    private static boolean canonicalIpv4(String h) {
        String[] parts = h.split("\\.", -1);
        if (parts.length != 4) {
            return false;
        }
        for (String p : parts) {
            if (!p.matches("0|[1-9][0-9]{0,2}") || Integer.parseInt(p) > 255) {
                return false;
            }
        }
        return true;
    }

    private static InetAddress withoutScope(InetAddress a) {
        if (a instanceof Inet6Address) {
            try {
                return InetAddress.getByAddress(a.getAddress());
            } catch (UnknownHostException e) {
                throw new IllegalStateException("16 bytes are an IPv6 address", e);
            }
        }
        return a;
    }

    private static InetAddress v4(byte[] b, int from) {
        try {
            return InetAddress.getByAddress(new byte[] {b[from], b[from + 1], b[from + 2], b[from + 3]});
        } catch (UnknownHostException e) {
            throw new IllegalStateException("4 bytes are an IPv4 address", e);
        }
    }

    private static int word(byte[] b, int i) {
        return ((b[i] & 0xff) << 8) | (b[i + 1] & 0xff);
    }

    private static boolean allZero(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return true;
    }
}
