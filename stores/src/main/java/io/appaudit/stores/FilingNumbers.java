package io.appaudit.stores;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds an APP filing number (APP备案号) in a listing's text when the store has no field for it. The search is
 * looser than the validity rule (R2) on purpose: a malformed number on the page must be found to be reported.
 */
public final class FilingNumbers {

    /** A province abbreviation, ICP备, digits, 号, and the optional -N / -NA suffix, with stray spaces allowed. */
    private static final Pattern CANDIDATE = Pattern.compile(
            "[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼]\\s*ICP\\s*备\\s*[0-9０-９]{4,12}\\s*号"
                    + "(?:\\s*[-－—]\\s*[0-9０-９]+\\s*[A-Za-zＡ-Ｚ]?)?");

    private FilingNumbers() {
    }

    /** The first filing-number-like text in the given text, spaces removed and full-width digits made ASCII. */
    public static Optional<String> find(String text) {
        // Every candidate holds "ICP"; the pattern is tried only from the province character before the first one.
        int icp = text == null ? -1 : text.indexOf("ICP");
        if (icp < 0) {
            return Optional.empty();
        }
        int from = icp;
        while (from > 0 && Character.isWhitespace(text.charAt(from - 1))) {
            from--;
        }
        Matcher m = CANDIDATE.matcher(text);
        if (!m.find(Math.max(0, from - 1))) {
            return Optional.empty();
        }
        String found = m.group();
        StringBuilder sb = new StringBuilder(found.length());
        for (int i = 0; i < found.length(); ) {
            int c = found.codePointAt(i);
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
        return Optional.of(sb.toString());
    }
}
