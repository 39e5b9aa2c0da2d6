package io.appaudit.stores.kit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Counts as the Chinese stores print them: {@code "265 亿次安装"}, {@code "5000万+"}, {@code "1.2万亿次"},
 * {@code "1,234次下载"}, {@code "3.5 千万"}. The first number in the text is read, commas inside it ignored, and the
 * Chinese units right after it multiply (十 10, 百 100, 千 1,000, 万 10^4, 亿 10^8; stacked units multiply, so
 * {@code 千万} is 10^7 and {@code 万亿} 10^12); what follows them (次, 安装, +, 以上) is decoration. Spaces of any kind
 * are dropped first, as the stores put them anywhere ({@code "173.4 亿"}, {@code "1 234"}). A fraction of a single
 * count is rounded half up. Text without a number, a number with a minus sign (or a bare point) before it, and a
 * count beyond a {@code long} give empty, never a guess.
 */
public final class ChineseCounts {

    /** The number (no sign: a count is never negative) and the run of units after it. */
    private static final Pattern COUNT = Pattern.compile("([0-9][0-9,]*(?:\\.[0-9]+)?)([十百千万亿]*)");
    /** Whitespace as {@code \s}, the no-break space and the ideographic space. */
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00a0\\u3000]+");

    private static final BigDecimal LONG_MAX = BigDecimal.valueOf(Long.MAX_VALUE);

    private ChineseCounts() {
    }

    /** The count a printed figure stands for; empty when it has no number, is negative, or does not fit a long. */
    public static Optional<Long> parse(String printed) {
        if (printed == null) {
            return Optional.empty();
        }
        String s = SPACES.matcher(printed).replaceAll("");
        Matcher m = COUNT.matcher(s);
        if (!m.find() || (m.start() > 0 && isSignOrPoint(s.charAt(m.start() - 1)))) {
            return Optional.empty();
        }
        try {
            BigDecimal n = new BigDecimal(m.group(1).replace(",", ""));
            for (char unit : m.group(2).toCharArray()) {
                n = n.movePointRight(switch (unit) {
                    case '十' -> 1;
                    case '百' -> 2;
                    case '千' -> 3;
                    case '万' -> 4;
                    default -> 8;
                });
                if (n.compareTo(LONG_MAX) > 0) {
                    return Optional.empty(); // before a run of units makes the number huge
                }
            }
            return Optional.of(n.setScale(0, RoundingMode.HALF_UP).longValueExact());
        } catch (NumberFormatException | ArithmeticException e) {
            return Optional.empty();
        }
    }

    /**
     * A minus (ASCII, the minus sign, full width) makes the count negative, and a point makes it a fraction with no
     * whole part ({@code ".5万"}): neither is read rather than read as the digits after it.
     */
    private static boolean isSignOrPoint(char c) {
        return c == '-' || c == '\u2212' || c == '\uff0d' || c == '.';
    }
}
