package io.appaudit.crawler.evidence;

/**
 * Text from a store made safe to print on a terminal: control characters (escape sequences could rewrite the
 * screen or the window title), C1 controls and bidirectional overrides (which reorder what is shown) are written
 * as visible escapes. Line breaks and tabs are kept.
 */
public final class TerminalText {

    private TerminalText() {
    }

    public static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        s.replace("\r\n", "\n").codePoints().forEach(c -> {
            if (c == '\n' || c == '\t') {
                sb.appendCodePoint(c);
            } else if (c == '\r') {
                sb.append("\\r");
            } else if (c < 0x20 || c == 0x7f) {
                sb.append(String.format("\\x%02x", c));
            } else if ((c >= 0x80 && c <= 0x9f) || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069)
                    || c == 0x200e || c == 0x200f || c == 0x061c) {
                sb.append(String.format("\\u%04x", c));
            } else {
                sb.appendCodePoint(c);
            }
        });
        return sb.toString();
    }
}
