package io.appaudit.stores.kit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class AbsoluteLinksTest {

    /** Pieces of links as stores write them. */
    private static final String[] SAFE = {"/", "/ug/", "/x.apk", "?a=1", "&b=2", "#f", "/path", "%2F", "_1.0",
        "/home/detail", "?app_id=4169", "/a-b~c"};
    /** Pieces that java.net.URL or jsoup rewrite, reject or read differently. */
    private static final String[] PARTS = {"http://", "https://", "HTTPS://", "ftp://", "//", "/", "./", "../", "/.",
        "/..", "?", "#", "&", "=", "%20", "%E5%BA%94", "应用宝", " ", "\t", "\\", ":", ":8080", "@", "user@", "a", "B",
        "0", ".", "-", "_", "~", "microdown.myapp.com", "sj.qq.com", "x.apk", "fsname=a_1.apk", "javascript:",
        "mailto:", "data:", "'", "\"", "<", "|", "^", "`", "{"};
    private static final String[] SCHEMES = {"https://", "http://", "HTTP://", "https:/", "https:"};
    private static final String[] HOSTS = {"sj.qq.com", "microdown.myapp.com", "a..b", "-", ".", "x.", "Sj.qq.com",
        "h:80", "u@h", "[::1]", "h", "127.0.0.1"};
    private static final String[] BASES = {"https://sj.qq.com/appdetail/com.eg.android.AlipayGphone",
        "https://app.cdo.oppomobile.com/home/detail?app_id=4169", "", "not a url", "https://app.mi.com",
        "http://h:8080/a/b", "https://u@h/x", "https://a..b/x/./y", "https://h/p a\tb", "HTTPS://H/", "https://h#f"};

    @Test
    void givesWhatJsoupGivesForEveryGeneratedLink() {
        Random rnd = new Random(5683L);
        int plain = 0;
        int total = 40_000;
        for (int k = 0; k < total; k++) {
            boolean relative = rnd.nextInt(3) == 0;
            StringBuilder href = new StringBuilder(relative || rnd.nextInt(4) == 0 ? ""
                    : SCHEMES[rnd.nextInt(SCHEMES.length)]);
            href.append(relative || rnd.nextInt(4) == 0 ? "" : HOSTS[rnd.nextInt(HOSTS.length)]);
            int parts = rnd.nextInt(8);
            for (int p = 0; p < parts; p++) {
                String[] from = rnd.nextInt(3) > 0 ? SAFE : PARTS;
                href.append(from[rnd.nextInt(from.length)]);
            }
            Element a = anchor(BASES[rnd.nextInt(BASES.length)], href.toString());
            plain += PlainUrls.isPlainHttp(a.attr("href")) || a.attr("href").startsWith("/") ? 1 : 0;
            assertThat(AbsoluteLinks.of(a, "href")).as(href.toString()).isEqualTo(a.absUrl("href"));
        }
        // the comparison is only worth something if plain links and paths (the fast paths) are a good share
        assertThat(plain).isGreaterThan(total / 20);
    }

    @Test
    void keepsStoreLinksAsTheyAre() {
        String url = "https://microdown.myapp.com/ug/%E5%BA%94%E7%94%A8%E5%AE%9D.apk?comment=channelId%3D1181533";
        assertThat(PlainUrls.isPlainHttp(url)).isTrue();
        assertThat(AbsoluteLinks.of(anchor(BASES[0], url), "href")).isEqualTo(url);
    }

    @Test
    void resolvesRelativeLinksAsJsoupDoes() {
        Element a = anchor(BASES[1], "/home/detail?app_id=33773");
        assertThat(AbsoluteLinks.of(a, "href")).isEqualTo("https://app.cdo.oppomobile.com/home/detail?app_id=33773");
    }

    @Test
    void resolvesPlainPathsWithoutJsoup() {
        Element a = anchor(BASES[1], "/download/market/OPPO_market.apk");
        assertThat(AbsoluteLinks.of(a, "href"))
                .isEqualTo("https://app.cdo.oppomobile.com/download/market/OPPO_market.apk").isEqualTo(a.absUrl("href"));
    }

    @Test
    void givesNothingForAMissingAttribute() {
        Document doc = Jsoup.parse("<a>x</a>", BASES[0]);
        assertThat(AbsoluteLinks.of(doc.selectFirst("a"), "href")).isEmpty();
    }

    private static Element anchor(String base, String href) {
        Document doc = Jsoup.parse("<a>x</a>", base);
        Element a = doc.selectFirst("a");
        a.attr("href", href);
        return a;
    }
}
