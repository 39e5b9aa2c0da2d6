package io.appaudit.stores.kit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PlainUrlsTest {

    private static final String[] SCHEMES = {"https://", "http://", "HTTP://", "ftp://", "https:/", ""};
    private static final String[] HOSTS = {"h5-api.appstore.vivo.com.cn", "appstore.vivo.com.cn", "a", "a.b", "a.1",
        "1.a", "127.0.0.1", "-a.b", "a-.b", "a..b", "a.b.", ".a", "A.b", "a_b.c", "a:80", "u@a.b", "[::1]", "中文.cn", ""};
    private static final String[] PARTS = {"/", "/appinfo/downloadApkFile-h5appstore", "?id=3021781", "&a=b", "#f",
        "%20", "%2", "%zz", "%", "/./", "/../", "/.x", " ", "\t", "<", ">", "\"", "{", "|", "\\", "^", "`", "[", "]",
        "中", "'", "(", "!", "~", "*", ";", ":", "@", "$", ",", "+", "=", "#", "?", "x", "9", "-", "_", "."};

    @Test
    void callsPlainOnlyWhatUriAndUrlReadAsIs() throws Exception {
        Random rnd = new Random(3021781L);
        int plain = 0;
        int total = 60_000;
        for (int k = 0; k < total; k++) {
            StringBuilder url = new StringBuilder(SCHEMES[rnd.nextInt(rnd.nextBoolean() ? 2 : SCHEMES.length)]);
            url.append(HOSTS[rnd.nextInt(rnd.nextBoolean() ? 5 : HOSTS.length)]);
            int parts = rnd.nextInt(6);
            for (int p = 0; p < parts; p++) {
                url.append(PARTS[rnd.nextInt(rnd.nextBoolean() ? 5 : PARTS.length)]);
            }
            String u = url.toString();
            if (PlainUrls.isPlainHttp(u)) {
                plain++;
                URI uri = URI.create(u);
                assertThat(uri.getScheme()).as(u).isIn("http", "https");
                assertThat(uri.getHost()).as(u).isNotNull();
                assertThat(new java.net.URL(u).toExternalForm()).as(u).isEqualTo(u);
            }
        }
        // the check is only worth something if plain URLs are a good share
        assertThat(plain).isGreaterThan(total / 10);
    }

    @Test
    void callsStoreDownloadLinksPlain() {
        assertThat(PlainUrls.isPlainHttp("http://appstore.vivo.com.cn/appinfo/downloadApkFile-h5appstore?id=3021781"))
                .isTrue();
    }

    @Test
    void leavesAddressesAndPortsToUri() {
        assertThat(PlainUrls.isPlainHttp("http://127.0.0.1/x")).isFalse();
        assertThat(PlainUrls.isPlainHttp("http://a.b:8080/x")).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"https://appgallery.huawei.com/app/C5683", "http://a.b:8080/x", "HTTPS://A.B/x",
        "Http://a.b", "https://user@a.b/x", "http://127.0.0.1/x", "http://[::1]/x", "https://a.b/x y|z",
        "https://中文.cn/下载", "https://a.b?q=1", "https://a.b#f"})
    void callsAnHttpSchemeWithAHostAnHttpUrl(String url) {
        assertThat(PlainUrls.isHttp(url)).isTrue();
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"", "a.b/x", "//a.b/x", "ftp://a.b/x", "javascript:void(0)", "http:/a.b", "http:a.b",
        "https://", "https:///x", "https://:80/x", "https://u@/x", "https:// /x", " https://a.b/x", "httpx://a.b"})
    void refusesOtherSchemesAndUrlsWithoutAHost(String url) {
        assertThat(PlainUrls.isHttp(url)).isFalse();
    }
}
