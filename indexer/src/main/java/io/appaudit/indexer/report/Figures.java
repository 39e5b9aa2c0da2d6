package io.appaudit.indexer.report;

/** A numbered figure: the chart and its caption. */
final class Figures {

    private Figures() {
    }

    static String figure(String number, String caption, String svg) {
        return "<figure>\n" + svg + "\n<figcaption><b>" + Escape.html(number) + "</b> " + Escape.html(caption)
                + "</figcaption>\n</figure>\n";
    }
}
