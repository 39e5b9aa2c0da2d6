package io.appaudit.indexer.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EscapeTest {

    @Test
    void escapesEveryMarkupCharacter() {
        assertThat(Escape.html("<a href=\"x\" title='y'>&</a>"))
                .isEqualTo("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;");
    }

    @Test
    void replacesControlCharactersThatXmlForbids() {
        assertThat(Escape.html("bell\u0007end")).isEqualTo("bell\uFFFDend");
    }

    @Test
    void linksOnlyHttpAndHttpsUrlsWithAHost() {
        assertThat(Escape.webUrl("https://app.mi.com/details?id=com.x")).isPresent();
        assertThat(Escape.webUrl("HTTP://sj.qq.com/appdetail/com.x")).isPresent();
        assertThat(Escape.webUrl("javascript:alert(1)")).isEmpty();
        assertThat(Escape.webUrl("JaVaScRiPt:alert(1)")).isEmpty();
        assertThat(Escape.webUrl("data:text/html,<script>alert(1)</script>")).isEmpty();
        assertThat(Escape.webUrl("//evil.example/x")).isEmpty();
        assertThat(Escape.webUrl(" https://evil.example/")).isEmpty();
        assertThat(Escape.webUrl("http:///no-host")).isEmpty();
    }

    @Test
    void showsAUrlThatIsNotHttpAsText() {
        assertThat(Escape.link("javascript:alert(1)", "store page")).isEqualTo("<bdi>javascript:alert(1)</bdi>");
    }

    @Test
    void prefixesACsvCellThatASpreadsheetWouldRunAsAFormula() {
        assertThat(Escape.csv("=1+1")).isEqualTo("'=1+1");
        assertThat(Escape.csv("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(Escape.csv("-12.5")).isEqualTo("-12.5");
        assertThat(Escape.csv("a,\"b\"")).isEqualTo("\"a,\"\"b\"\"\"");
    }

    @Test
    void neutralisesAFormulaAfterAnySeparatorASpreadsheetMaySplitAt() {
        assertThat(Escape.csv("x;=1+1")).isEqualTo("x;'=1+1");
        assertThat(Escape.csv("x\t=1+1")).isEqualTo("x\\u0009'=1+1");
        assertThat(Escape.csv("x, +cmd|' /C calc'!A0")).isEqualTo("\"x, '+cmd|' /C calc'!A0\"");
        assertThat(Escape.csv("a|@SUM(A1)")).isEqualTo("a|'@SUM(A1)");
        assertThat(Escape.csv("line\n-2+3")).isEqualTo("\"line\n'-2+3\"");
        assertThat(Escape.csv("腾讯科技（深圳）有限公司")).isEqualTo("腾讯科技（深圳）有限公司");
        assertThat(Escape.csv("v1.2-beta")).as("a hyphen inside a word is no formula").isEqualTo("v1.2-beta");
    }

    @Test
    void writesControlCharactersOfACsvCellVisibly() {
        assertThat(Escape.csv("nul\u0000esc\u001b[31mdel\u007f")).isEqualTo("nul\\u0000esc\\u001b[31mdel\\u007f");
    }

    @Test
    void dropsBidirectionalControlsFromSvgText() {
        assertThat(Escape.svg("evil\u202Eppa")).isEqualTo("evilppa");
    }

    @Test
    void shortensByCharactersNeverSplittingOne() {
        assertThat(Escape.shorten("腾讯科技（深圳）有限公司", 5)).isEqualTo("腾讯科技…");
        assertThat(Escape.shorten("a\uD83D\uDE00bc", 3)).isEqualTo("a\uD83D\uDE00…");
    }
}
