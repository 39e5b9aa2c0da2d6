package io.appaudit.stores.kit;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class PlainTextTest {

    @Test
    void turnsBreaksAndParagraphsIntoLines() {
        assertThat(PlainText.paragraphs("<p>第一段</p><p>第二行<br/>第三行</p>")).contains("第一段\n\n第二行\n第三行");
    }

    @Test
    void keepsBareNewlinesAndCollapsesSpaces() {
        assertThat(PlainText.paragraphs("  一、  功能\r\n\r\n\r\n二、 &nbsp; 特色  ")).contains("一、 功能\n\n二、 特色");
    }

    @Test
    void decodesEntities() {
        assertThat(PlainText.paragraphs("A &amp; B &lt;C&gt;")).contains("A & B <C>");
    }

    @Test
    void givesNothingForMarkupWithoutText() {
        assertThat(PlainText.paragraphs("<p> </p><br>")).isEmpty();
    }

    @Test
    void givesNothingForNothing() {
        assertThat(PlainText.lines((String) null)).isEmpty();
        assertThat(PlainText.paragraphs(null)).isEmpty();
        assertThat(PlainText.lines(" \u3000\u00a0")).isEmpty();
    }

    @Test
    void keepsABreakAfterAParagraphAsOneBlankLine() {
        assertThat(PlainText.paragraphs("<p>第一行&amp;</p><br/>你可以")).contains("第一行&\n\n你可以");
    }

    @Test
    void putsListItemsOnConsecutiveLinesBetweenParagraphs() {
        assertThat(PlainText.paragraphs("<p>功能：</p><ul><li>实时天气</li><li>空气质量</li></ul>结束"))
                .contains("功能：\n\n实时天气\n空气质量\n\n结束");
    }

    @Test
    void dropsBlankLinesWhenEveryParagraphIsALine() {
        assertThat(PlainText.lines("<p>微信是一款跨平台的通讯工具。</p><p>支持单人、多人参与。<br>通过手机网络发送语音。</p>"))
                .contains("微信是一款跨平台的通讯工具。\n支持单人、多人参与。\n通过手机网络发送语音。");
        assertThat(PlainText.lines("文字。<br><br>· 朋友圈\r\n\r\n· 视频号")).contains("文字。\n· 朋友圈\n· 视频号");
    }

    @Test
    void breaksALineWhereABlockEndsInsideText() {
        assertThat(PlainText.lines("a<div>b</div>c")).contains("a\nb\nc");
    }

    @Test
    void leavesScriptAndStyleOut() {
        assertThat(PlainText.lines("<style>p{}</style>介绍<script>var x = 1;</script>")).contains("介绍");
    }

    @Test
    void readsAPageElementAsABrowserShowsIt() {
        var body = Jsoup.parse("<div id=d>\n  <p>微信是一款\n    跨平台的通讯工具。</p>\n  <p>支持单人。</p>\n</div>")
                .getElementById("d");
        assertThat(PlainText.lines(body)).contains("微信是一款 跨平台的通讯工具。\n支持单人。");
    }

    @Test
    void keepsLineBreaksOfAStoreTextField() {
        assertThat(PlainText.lines("第一行\n  第二行  \n")).contains("第一行\n第二行");
    }
}
