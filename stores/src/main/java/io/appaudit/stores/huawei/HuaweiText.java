package io.appaudit.stores.huawei;

import io.appaudit.stores.kit.HtmlFragment;
import io.appaudit.stores.kit.Text;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Store text made plain: HTML in intros stripped with line breaks kept, numbers read from printed labels. */
final class HuaweiText {

    private static final Pattern MARKUP = Pattern.compile("<[A-Za-z/!]|&[#A-Za-z0-9]+;");
    private static final Pattern LEADING_DECIMAL = Pattern.compile("^\\s*([0-9]+(?:\\.[0-9]+)?)");

    private HuaweiText() {
    }

    /** The text without HTML tags or entities, its line breaks kept; empty when nothing is left. */
    static Optional<String> plain(String s) {
        if (s == null) {
            return Optional.empty();
        }
        if (!MARKUP.matcher(s).find()) {
            return Text.present(s);
        }
        String withBreaks = HtmlFragment.breaksAsNewlines(s);
        return Text.present(HtmlFragment.wholeText(withBreaks));
    }

    /** The number a label starts with: {@code "2.4 分"} gives 2.4. */
    static Optional<Double> leadingDecimal(String s) {
        Matcher m = LEADING_DECIMAL.matcher(s);
        if (!m.find()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Double.parseDouble(m.group(1)));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
