package io.appaudit.crawler.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.NetworkInterface;
import java.util.Collections;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AddressRulesTest {

    @ParameterizedTest(name = "{0} is refused")
    @ValueSource(strings = {"127.0.0.1", "127.255.255.254", "10.1.2.3", "172.16.0.1", "192.168.0.1", "169.254.169.254",
            "0.0.0.0", "100.64.0.1", "198.18.0.1", "240.0.0.1", "255.255.255.255", "192.0.0.1", "192.0.2.1",
            "198.51.100.7", "203.0.113.9", "224.0.0.1",
            "::1", "::", "fe80::1", "fc00::1", "fd00::1", "fec0::1", "ff02::1",
            "::ffff:127.0.0.1", "::ffff:10.0.0.1",
            "::127.0.0.1", "::7f00:1", "::10.0.0.1",
            "64:ff9b::7f00:1", "64:ff9b::a00:1", "64:ff9b:1::1",
            "2002:7f00:1::1", "2002:a00:1::1",
            "2001:0:4136:e378:8000:63bf:3fff:fdd2", "2001:db8::1", "100::1"})
    void refusesEveryNonPublicAddressForm(String literal) throws Exception {
        assertThat(AddressRules.isPrivate(InetAddress.getByName(literal))).isTrue();
    }

    @ParameterizedTest(name = "{0} is public")
    @ValueSource(strings = {"203.119.1.1", "8.8.8.8", "101.91.22.57", "64:ff9b::808:808", "2002:808:808::1",
            "2400:da00::1", "2001:4860:4860::8888"})
    void letsPublicAddressesThrough(String literal) throws Exception {
        assertThat(AddressRules.isPrivate(InetAddress.getByName(literal))).isFalse();
    }

    @ParameterizedTest(name = "{0} is refused by its form")
    @ValueSource(strings = {"0x7f000001", "0x7f.0.0.1", "0177.0.0.1", "0177.0.0.01", "127.1", "127.0.1",
            "2130706433", "017700000001", "localhost", "LOCALHOST", "localhost.", "app.localhost",
            "localhost.localdomain", "app.mi.com.", "127.0.0.1."})
    void refusesNamesAnotherResolverCouldReadAsALocalAddress(String host) {
        assertThat(AddressRules.refusedName(host)).isPresent();
    }

    @ParameterizedTest(name = "{0} may be looked up")
    @ValueSource(strings = {"app.mi.com", "127.0.0.1", "203.119.1.1", "10.example", "0xcafe.example", "1e100.net",
            "a.app.qq.com"})
    void letsOrdinaryNamesAndCanonicalAddressesBeLookedUp(String host) {
        assertThat(AddressRules.refusedName(host)).isEmpty();
    }

    @Test
    void refusesThisMachinesOwnAddresses() throws Exception {
        AddressRules rules = AddressRules.forThisMachine();
        for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            for (InetAddress a : Collections.list(nic.getInetAddresses())) {
                assertThat(rules.refused(a)).as(a.toString()).isTrue();
            }
        }
        assertThat(rules.refused(InetAddress.getByName("203.119.1.1"))).isFalse();
    }
}
