package io.appaudit.stores.huawei;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Numbers read from AppGallery's printed labels. */
final class HuaweiText {

    private static final Pattern LEADING_DECIMAL = Pattern.compile("^\\s*([0-9]+(?:\\.[0-9]+)?)");

    private HuaweiText() {
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
