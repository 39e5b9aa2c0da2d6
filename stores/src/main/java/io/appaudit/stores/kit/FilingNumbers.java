package io.appaudit.stores.kit;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finds an APP filing number (APP备案号) in a listing's text when the store has no field for it. The search is
 * looser than the validity rule (R2) on purpose: a malformed number on the page must be found to be reported, so a
 * number is captured as written whatever its count of digits (1 to {@link #MAX_DIGITS}, a bound on store text only).
 */
public final class FilingNumbers {

    /**
     * A province abbreviation (optional: a number without one is malformed, not absent), ICP备, digits, 号, and the
     * optional -N / -NA suffix, with stray spaces allowed: the
     * grammar {@link #find} reads by hand (it runs over whole pages), kept as the reference its tests compare with.
     */
    static final Pattern CANDIDATE = Pattern.compile(
            "(?:[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼]\\s*)?ICP\\s*备\\s*[0-9０-９]{1,32}\\s*号"
                    + "(?:\\s*[-－—]\\s*[0-9０-９]{1,8}\\s*[A-Za-zＡ-Ｚ]?)?");
    /** The most digits a captured number holds; a longer run is no filing number, whatever it is. */
    static final int MAX_DIGITS = 32;
    /** The most digits of the -N suffix that are read (as the pattern reads them, greedily). */
    static final int MAX_SUFFIX_DIGITS = 8;
    private static final String PROVINCES = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼";
    private static final String ICP = "ICP";

    private FilingNumbers() {
    }

    /** The first filing-number-like text in the given text, spaces removed and full-width digits made ASCII. */
    public static Optional<String> find(String text) {
        if (text == null) {
            return Optional.empty();
        }
        // Every candidate holds "ICP", after its province and spaces: each "ICP" has one possible start, in order.
        for (int icp = text.indexOf(ICP); icp >= 0; icp = text.indexOf(ICP, icp + ICP.length())) {
            int start = icp;
            while (start > 0 && isSpace(text.charAt(start - 1))) {
                start--;
            }
            start--;
            // a number without its province is still captured (as written), so that R2 can call it malformed
            if (start < 0 || PROVINCES.indexOf(text.charAt(start)) < 0) {
                start = icp;
            }
            int end = matchEnd(text, icp);
            if (end > 0) {
                return Optional.of(normalised(text, start, end));
            }
        }
        return Optional.empty();
    }

    /** Where the pattern's match ends, given its "ICP" (greedy, as the regex reads it); -1 when it does not match. */
    private static int matchEnd(String s, int icp) {
        int i = skipSpaces(s, icp + ICP.length());
        if (i >= s.length() || s.charAt(i) != '备') {
            return -1;
        }
        i = skipSpaces(s, i + 1);
        int digits = skipDigits(s, i);
        // 1 to MAX_DIGITS digits (R2 judges how many); a longer run cannot be cut short, since 号 must follow them
        if (digits - i < 1 || digits - i > MAX_DIGITS) {
            return -1;
        }
        i = skipSpaces(s, digits);
        if (i >= s.length() || s.charAt(i) != '号') {
            return -1;
        }
        int end = i + 1;
        int dash = skipSpaces(s, end);
        if (dash < s.length() && "-－—".indexOf(s.charAt(dash)) >= 0) {
            int from = skipSpaces(s, dash + 1);
            int to = Math.min(skipDigits(s, from), from + MAX_SUFFIX_DIGITS);
            if (to > from) {
                end = skipSpaces(s, to);
                if (end < s.length() && isLetter(s.charAt(end))) {
                    end++;
                }
            }
        }
        return end;
    }

    private static String normalised(String s, int start, int end) {
        StringBuilder sb = new StringBuilder(end - start);
        for (int i = start; i < end; ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isWhitespace(c)) {
                continue;
            }
            if (c >= '０' && c <= '９') {
                sb.append((char) ('0' + (c - '０')));
            } else if (c >= 'Ａ' && c <= 'Ｚ') {
                sb.append((char) ('A' + (c - 'Ａ')));
            } else if (c == '－' || c == '—') {
                sb.append('-');
            } else {
                sb.appendCodePoint(c);
            }
        }
        return sb.toString();
    }

    private static int skipSpaces(String s, int from) {
        int i = from;
        while (i < s.length() && isSpace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int skipDigits(String s, int from) {
        int i = from;
        while (i < s.length() && isDigit(s.charAt(i))) {
            i++;
        }
        return i;
    }

    /** ASCII and full-width digits. */
    private static boolean isDigit(char c) {
        return (c >= '0' && c <= '9') || (c >= '０' && c <= '９');
    }

    private static boolean isLetter(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= 'Ａ' && c <= 'Ｚ');
    }

    /** The regex {@code \s}: space, tab, line feed, line tabulation, form feed, carriage return. */
    private static boolean isSpace(char c) {
        return c == ' ' || (c >= '\t' && c <= '\r');
    }
}
