package io.appaudit.stores.kit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The fast path of {@link HtmlFragment}: a scan of markup simple enough that the HTML tree builder ("in body"
 * insertion mode) builds exactly the tag sequence: known tags properly nested, none that closes another implicitly
 * (a block inside {@code <p>}, {@code <li>} inside {@code <li>}, {@code <a>} inside {@code <a>}), no comments, no
 * raw-text elements, entities only of a few common names or plain numbers. On anything else it gives up (null).
 */
final class SimpleMarkup {

    /** An element starts ({@code true}) or ends. */
    record Tag(String name, boolean start) {
    }

    /** Elements the tree builder inserts as they come (none is raw text, a table part, or foreign content). */
    private static final Set<String> CONTAINERS = Set.of("p", "div", "span", "b", "strong", "i", "em", "u", "font",
            "a", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "section", "article", "center",
            "dl", "dd", "dt", "sup", "sub", "small", "big", "s", "strike", "tt", "code", "label");
    private static final Set<String> VOIDS = Set.of("br", "img", "hr", "wbr");
    /** Start tags that close an open {@code <p>} first ("close a p element" in the HTML tree builder). */
    private static final Set<String> CLOSES_P = Set.of("p", "div", "ul", "ol", "li", "dl", "dd", "dt", "h1", "h2",
            "h3", "h4", "h5", "h6", "blockquote", "section", "article", "center", "hr");
    private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");

    // The tokenizer states a tag passes through (HTML spec 13.2.5), as far as the scan follows them.
    private static final int TAG_NAME = 0;
    private static final int BEFORE_ATTRIBUTE_NAME = 1;
    private static final int ATTRIBUTE_NAME = 2;
    private static final int AFTER_ATTRIBUTE_NAME = 3;
    private static final int BEFORE_VALUE = 4;
    private static final int DOUBLE_QUOTED = 5;
    private static final int SINGLE_QUOTED = 6;
    private static final int UNQUOTED = 7;
    private static final int AFTER_QUOTED = 8;
    private static final int SELF_CLOSING = 9;

    private SimpleMarkup() {
    }

    /** The events of the fragment (text as String, tags as {@link Tag}), or null when jsoup must read it. */
    static List<Object> scan(String s) {
        List<Object> events = new ArrayList<>();
        List<String> open = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        int n = s.length();
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (c == '<') {
                char next = i + 1 < n ? s.charAt(i + 1) : ' ';
                boolean end = next == '/';
                int nameStart = end ? i + 2 : i + 1;
                if (nameStart < n && isAsciiLetter(s.charAt(nameStart))) {
                    int close = tagEnd(s, nameStart);
                    if (close < 0) {
                        return null;
                    }
                    String name = tagName(s, nameStart);
                    if (name == null) {
                        return null;
                    }
                    flush(text, events);
                    boolean ok = end ? endTag(name, open, events)
                            : startTag(name, s.charAt(close - 1) == '/', open, events);
                    if (!ok) {
                        return null;
                    }
                    i = close + 1;
                    continue;
                }
                if (end || next == '!' || next == '?') {
                    return null; // a comment, a bogus comment or an ignored "</>"
                }
                text.append('<');
                i++;
            } else if (c == '&') {
                int used = entity(s, i, text);
                if (used < 0) {
                    return null;
                }
                i += used;
            } else if (c == '\0') {
                return null; // dropped by the tree builder
            } else {
                // a run of plain text, copied at once
                int run = i + 1;
                while (run < n && s.charAt(run) != '<' && s.charAt(run) != '&' && s.charAt(run) != '\0') {
                    run++;
                }
                text.append(s, i, run);
                i = run;
            }
        }
        flush(text, events);
        for (int k = open.size() - 1; k >= 0; k--) {
            events.add(new Tag(open.get(k), false));
        }
        return events;
    }

    static void replay(List<Object> events, HtmlFragment.Visitor visitor) {
        for (Object e : events) {
            if (e instanceof Tag t) {
                if (t.start()) {
                    visitor.head(t.name());
                } else {
                    visitor.tail(t.name());
                }
            } else {
                visitor.text((String) e);
            }
        }
    }

    private static boolean startTag(String name, boolean selfClosing, List<String> open, List<Object> events) {
        if (VOIDS.contains(name)) {
            if (name.equals("hr") && open.contains("p")) {
                return false;
            }
            events.add(new Tag(name, true));
            events.add(new Tag(name, false));
            return true;
        }
        if (!CONTAINERS.contains(name)) {
            return false;
        }
        if (selfClosing) {
            return false;
        }
        if (CLOSES_P.contains(name) && open.contains("p")) {
            return false;
        }
        String current = open.isEmpty() ? "" : open.get(open.size() - 1);
        if (HEADINGS.contains(name) && HEADINGS.contains(current)) {
            return false;
        }
        boolean listItem = name.equals("li") || name.equals("dd") || name.equals("dt");
        if (listItem && (open.contains("li") || open.contains("dd") || open.contains("dt"))) {
            return false;
        }
        if (name.equals("a") && open.contains("a")) {
            return false;
        }
        open.add(name);
        events.add(new Tag(name, true));
        return true;
    }

    private static boolean endTag(String name, List<String> open, List<Object> events) {
        if (open.isEmpty() || !open.get(open.size() - 1).equals(name)) {
            return false;
        }
        open.remove(open.size() - 1);
        events.add(new Tag(name, false));
        return true;
    }

    /** The lower-case tag name at {@code from}, or null when it has characters no simple tag has. */
    private static String tagName(String s, int from) {
        int i = from;
        while (i < s.length() && !isSpace(s.charAt(i)) && s.charAt(i) != '/' && s.charAt(i) != '>') {
            char c = s.charAt(i);
            if (!isAsciiLetter(c) && !(c >= '0' && c <= '9')) {
                return null;
            }
            i++;
        }
        return s.substring(from, i).toLowerCase(Locale.ROOT);
    }

    /**
     * The index of the {@code >} that ends the tag whose name starts at {@code from}, following the tokenizer's tag
     * and attribute states; -1 at the end of input, and wherever jsoup's error recovery would decide (a {@code <}
     * or a quote out of place, a {@code /} not followed by {@code >}, an attribute name starting with {@code =}).
     */
    private static int tagEnd(String s, int from) {
        int state = TAG_NAME;
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '<' || c == '\0') {
                return -1;
            }
            boolean space = isSpace(c);
            boolean quote = c == '"' || c == '\'';
            switch (state) {
                case TAG_NAME, ATTRIBUTE_NAME, AFTER_ATTRIBUTE_NAME -> {
                    if (c == '>') {
                        return i;
                    }
                    if (quote || (c == '=' && state == TAG_NAME)) {
                        return -1;
                    }
                    if (space) {
                        state = state == TAG_NAME ? BEFORE_ATTRIBUTE_NAME : AFTER_ATTRIBUTE_NAME;
                    } else if (c == '/') {
                        state = SELF_CLOSING;
                    } else if (c == '=') {
                        state = BEFORE_VALUE;
                    } else if (state == AFTER_ATTRIBUTE_NAME) {
                        state = ATTRIBUTE_NAME;
                    }
                }
                case BEFORE_ATTRIBUTE_NAME -> {
                    if (c == '>') {
                        return i;
                    }
                    if (quote || c == '=') {
                        return -1;
                    }
                    if (c == '/') {
                        state = SELF_CLOSING;
                    } else if (!space) {
                        state = ATTRIBUTE_NAME;
                    }
                }
                case BEFORE_VALUE -> {
                    if (c == '>') {
                        return i;
                    }
                    if (c == '"') {
                        state = DOUBLE_QUOTED;
                    } else if (c == '\'') {
                        state = SINGLE_QUOTED;
                    } else if (!space) {
                        state = UNQUOTED;
                    }
                }
                case DOUBLE_QUOTED, SINGLE_QUOTED -> {
                    if (c == (state == DOUBLE_QUOTED ? '"' : '\'')) {
                        state = AFTER_QUOTED;
                    }
                }
                case UNQUOTED -> {
                    if (c == '>') {
                        return i;
                    }
                    if (quote) {
                        return -1;
                    }
                    if (space) {
                        state = BEFORE_ATTRIBUTE_NAME;
                    }
                }
                case AFTER_QUOTED -> {
                    if (c == '>') {
                        return i;
                    }
                    if (space) {
                        state = BEFORE_ATTRIBUTE_NAME;
                    } else if (c == '/') {
                        state = SELF_CLOSING;
                    } else {
                        return -1;
                    }
                }
                default -> {
                    return c == '>' ? i : -1; // SELF_CLOSING: only "/>" is followed here
                }
            }
        }
        return -1;
    }

    /** Decodes the character reference at {@code at} into {@code out}; its length, or -1 when jsoup must decode. */
    private static int entity(String s, int at, StringBuilder out) {
        int n = s.length();
        int i = at + 1;
        if (i >= n || !(isAsciiLetter(s.charAt(i)) || s.charAt(i) == '#' || (s.charAt(i) >= '0' && s.charAt(i) <= '9'))) {
            out.append('&');
            return 1;
        }
        int semi = s.indexOf(';', i);
        if (semi < 0 || semi - i > 9) {
            return -1;
        }
        String ref = s.substring(i, semi);
        int code = switch (ref) {
            case "amp" -> '&';
            case "lt" -> '<';
            case "gt" -> '>';
            case "quot" -> '"';
            case "apos" -> '\'';
            case "nbsp" -> '\u00a0';
            default -> number(ref);
        };
        if (code < 0) {
            return -1;
        }
        out.appendCodePoint(code);
        return semi + 1 - at;
    }

    /** A decimal or hex reference to a code point the tokenizer takes as it is; -1 for any other. */
    private static int number(String ref) {
        if (ref.length() < 2 || ref.charAt(0) != '#') {
            return -1;
        }
        boolean hex = ref.charAt(1) == 'x' || ref.charAt(1) == 'X';
        String digits = ref.substring(hex ? 2 : 1);
        if (digits.isEmpty() || digits.length() > 6) {
            return -1;
        }
        int v = 0;
        for (int k = 0; k < digits.length(); k++) {
            int d = Character.digit(digits.charAt(k), hex ? 16 : 10);
            if (d < 0 || digits.charAt(k) > 'f') {
                return -1;
            }
            v = v * (hex ? 16 : 10) + d;
        }
        boolean plain = (v >= 0x20 && v < 0x7f) || (v >= 0xa0 && v < 0xd800) || (v >= 0xe000 && v < 0xfdd0)
                || (v >= 0xfdf0 && v < 0xfffe) || (v >= 0x10000 && v < 0x10fffe);
        return plain ? v : -1;
    }

    private static void flush(StringBuilder text, List<Object> events) {
        if (text.length() > 0) {
            events.add(text.toString());
            text.setLength(0);
        }
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    /** The tokenizer's whitespace: tab, line feed, form feed, carriage return, space. */
    private static boolean isSpace(char c) {
        return c == '\t' || c == '\n' || c == '\f' || c == '\r' || c == ' ';
    }
}
