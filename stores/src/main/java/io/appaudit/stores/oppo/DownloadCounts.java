package io.appaudit.stores.oppo;

import io.appaudit.stores.kit.Text;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Download counts as OPPO prints them ({@code dlDesc}): {@code "173.4 亿次"}, {@code "5000万+"}, {@code "1,234次"}.
 * The Chinese units multiply ({@code 万亿} is 10^12); anything after them (次, +, 以上) is decoration.
 */
final class DownloadCounts {

    private static final Pattern COUNT = Pattern.compile("([0-9][0-9,]*(?:\\.[0-9]+)?)([百千万亿]*)");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1_000);
    private static final BigDecimal WAN = BigDecimal.valueOf(10_000);
    private static final BigDecimal YI = BigDecimal.valueOf(100_000_000);

    private DownloadCounts() {
    }

    /** The count a printed download figure stands for; empty when it has no number or does not fit a long. */
    static Optional<Long> parse(String printed) {
        String s = Text.clean(printed);
        if (s == null) {
            return Optional.empty();
        }
        Matcher m = COUNT.matcher(s.replaceAll("\\s+", ""));
        if (!m.find()) {
            return Optional.empty();
        }
        try {
            BigDecimal n = new BigDecimal(m.group(1).replace(",", ""));
            for (char unit : m.group(2).toCharArray()) {
                n = n.multiply(switch (unit) {
                    case '百' -> HUNDRED;
                    case '千' -> THOUSAND;
                    case '万' -> WAN;
                    default -> YI;
                });
            }
            return Optional.of(n.setScale(0, RoundingMode.HALF_UP).longValueExact());
        } catch (NumberFormatException | ArithmeticException e) {
            return Optional.empty();
        }
    }
}
