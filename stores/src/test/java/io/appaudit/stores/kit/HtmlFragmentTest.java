package io.appaudit.stores.kit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class HtmlFragmentTest {

    /** Markup pieces stores send in descriptions. */
    private static final String[] COMMON = {"<p>", "</p>", "<P>", "</p >", "<br>", "<br/>", "<br />", "<div>",
        "</div>", "<div class=\"intro\">", "<span style='color:red'>", "</span>", "<b>", "</b>", "<strong>",
        "</strong>", "<i>", "</i>", "<em>", "</em>", "<u>", "</u>", "<font color=red>", "</font>",
        "<a href=\"x>y\">", "<a href=/x/ >", "<a>", "</a>", "<li>", "</li>", "<ul>", "</ul>", "<ol>", "</ol>", "<dl>",
        "<dd>", "<dt>", "</dd>", "</dt>", "</dl>", "<h1>", "</h1>", "<h2>", "</h2>", "<hr>", "<img src=a.png>",
        "<img src=\"a\"/>", "<wbr>", "<sup>", "</sup>", "<center>", "</center>", "&amp;", "&lt;", "&gt;", "&quot;",
        "&apos;", "&nbsp;", "&#20013;", "&#x4e2d;", "&#X4E2D;", "&#65;", "&", "& ", "<", "< 5", "<3", ">", "a", " ",
        "\t", "\n", "\r\n", "\r", "\u00a0", "\u3000", "中文", "备案号：浙ICP备00000001号", "'", "\""};
    /** Pieces that make the HTML tree builder restructure, or the tokenizer recover from an error. */
    private static final String[] TRICKY = {"</br>", "<a href=/x/>", "<table>", "<td>", "</table>", "<tr>",
        "<script>x</script>", "<style>p{}</style>", "<!--c-->", "<!doctype html>", "</>", "<p/>", "<pre>", "</pre>",
        "<textarea>", "<title>", "<?x?>", "<b class=a=b>", "<p a=\"1\"b>", "<p =x>", "<p \"q\">", "<p/x>", "<xmp>",
        "<svg>", "<select>", "<nobr>", "<image>", "<body>", "<html>", "<frameset>", "<button>", "<listing>", "&amp",
        "&ampx", "&copy;", "&copy", "&bogus;", "&#128;", "&#0;", "&#x10FFFF;", "&#xD800;", "&#xFFFE;", "&#65", "&#;",
        "&#x;", "&1", "A&B", "\u0000", "</b", "<p", "<a href=\"x", "<p\u0000>", "<a href=\"<\">", "</ p>", "<p\n>",
        "</unknown>", "<custom-tag>", "<br a='1'/>", "<p a='1'/>"};

    @Test
    void readsEveryGeneratedFragmentAsJsoupDoes() {
        Random rnd = new Random(20_251_128L);
        int total = 30_000;
        for (int k = 0; k < total; k++) {
            StringBuilder sb = new StringBuilder();
            int pieces = 1 + rnd.nextInt(16);
            for (int p = 0; p < pieces; p++) {
                String[] from = rnd.nextInt(12) == 0 ? TRICKY : COMMON;
                sb.append(from[rnd.nextInt(from.length)]);
            }
            assertReadAsJsoupDoes(sb.toString());
        }
    }

    @Test
    void readsEveryGeneratedNestedFragmentAsJsoupDoes() {
        Random rnd = new Random(4_169L);
        int fast = 0;
        int total = 30_000;
        for (int k = 0; k < total; k++) {
            StringBuilder sb = new StringBuilder();
            nested(sb, rnd, 0);
            String html = sb.toString();
            fast += SimpleMarkup.scan(html) == null ? 0 : 1;
            assertReadAsJsoupDoes(html);
        }
        // the comparison is only worth something if the fast path takes a good share of the fragments
        assertThat(fast).isGreaterThan(total / 3);
    }

    private static final String[] ELEMENTS = {"p", "div", "span", "b", "strong", "i", "em", "u", "font", "a", "li",
        "ul", "ol", "h1", "h2", "h3", "blockquote", "section", "center", "dl", "dd", "dt", "sup", "small", "code"};

    /** Properly nested markup: elements with attributes or without, text, entities and void elements. */
    private static void nested(StringBuilder sb, Random rnd, int depth) {
        int parts = 1 + rnd.nextInt(4);
        for (int p = 0; p < parts; p++) {
            int kind = rnd.nextInt(6);
            if (kind < 2 && depth < 4) {
                String tag = ELEMENTS[rnd.nextInt(ELEMENTS.length)];
                String attr = switch (rnd.nextInt(4)) {
                    case 0 -> " class=\"x\"";
                    case 1 -> " href=/a/b style='c:d'";
                    default -> "";
                };
                sb.append('<').append(rnd.nextBoolean() ? tag : tag.toUpperCase()).append(attr).append('>');
                nested(sb, rnd, depth + 1);
                if (rnd.nextInt(10) > 0) {
                    sb.append("</").append(tag).append('>');
                }
            } else if (kind == 2) {
                sb.append(new String[] {"<br>", "<br/>", "<img src=x.png>", "<hr>", "<wbr>"}[rnd.nextInt(5)]);
            } else {
                sb.append(COMMON[rnd.nextInt(COMMON.length)].replace("<", "&lt;"));
            }
        }
    }

    private static void assertReadAsJsoupDoes(String html) {
        assertThat(events(html, false)).as(html).isEqualTo(events(html, true));
    }

    @Test
    void readsStoreDescriptionsWithoutJsoup() {
        String html = "<p>示例天气提供15天天气预报。</p><p>主要功能：<br>&nbsp;1. 实时天气<br>2. 空气质量&amp;预警</p>";
        assertThat(SimpleMarkup.scan(html)).isNotNull();
        assertThat(events(html, false)).isEqualTo(events(html, true));
    }

    @Test
    void leavesCommentsAndTablesToJsoup() {
        assertThat(SimpleMarkup.scan("a<!-- b -->c")).isNull();
        assertThat(SimpleMarkup.scan("<table>x<tr><td>y</td></tr></table>z")).isNull();
        assertThat(events("<table>x<tr><td>y</td></tr></table>z", false))
                .isEqualTo(events("<table>x<tr><td>y</td></tr></table>z", true));
    }

    /** The visitor's events, adjacent text joined, through the fast path (when it applies) or through jsoup. */
    private static List<String> events(String html, boolean jsoup) {
        List<String> out = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        HtmlFragment.Visitor v = new HtmlFragment.Visitor() {
            @Override
            public void text(String t) {
                text.append(t);
            }

            @Override
            public void head(String tag) {
                flush();
                out.add("<" + tag + ">");
            }

            @Override
            public void tail(String tag) {
                flush();
                out.add("</" + tag + ">");
            }

            private void flush() {
                if (text.length() > 0) {
                    out.add(text.toString());
                    text.setLength(0);
                }
            }
        };
        if (jsoup) {
            HtmlFragment.traverseWithJsoup(html, v);
        } else {
            HtmlFragment.traverse(html, v);
        }
        v.head("end");
        return out;
    }
}
