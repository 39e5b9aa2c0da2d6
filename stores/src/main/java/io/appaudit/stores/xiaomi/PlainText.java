package io.appaudit.stores.xiaomi;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/** HTML to plain text that keeps the line breaks a description is written with ({@code <br>}, block elements). */
final class PlainText {

    private PlainText() {
    }

    static String of(Element element) {
        StringBuilder sb = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    sb.append(t.text());
                } else if (node instanceof Element e && ("br".equals(e.normalName()) || e.isBlock())) {
                    sb.append('\n');
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && e.isBlock()) {
                    sb.append('\n');
                }
            }
        }, element);
        return Arrays.stream(sb.toString().split("\n"))
                .map(line -> line.replace('\u00a0', ' ').strip())
                .filter(line -> !line.isEmpty())
                .collect(Collectors.joining("\n"));
    }
}
