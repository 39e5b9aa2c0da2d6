package io.appaudit.stores.huawei;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Install counts as AppGallery prints them: {@code "265 亿次安装"}, {@code "5,539 万次安装"}, {@code "%1$s亿"} with 265. */
final class InstallCounts {

    /** The number and the Chinese multiplier; longer multipliers first so that 千万 is not read as 千. */
    private static final Pattern COUNT = Pattern.compile("([0-9][0-9,]*(?:\\.[0-9]+)?)\\s*(千万|百万|十万|亿|万|千)?");
    /** The placeholder in {@code downloadUnit} (an Android string-format argument). */
    private static final String PLACEHOLDER = "%1$s";

    private InstallCounts() {
    }

    /** A count from {@code appdetaildatacard}: {@code downloads} put into its {@code downloadUnit} template. */
    static Optional<Long> fromTemplate(String downloads, String unitTemplate) {
        if (downloads == null || unitTemplate == null || !unitTemplate.contains(PLACEHOLDER)) {
            return Optional.empty();
        }
        return parse(unitTemplate.replace(PLACEHOLDER, downloads));
    }

    /** A printed count such as {@code "265 亿次安装"}; empty when there is no number. */
    static Optional<Long> parse(String printed) {
        if (printed == null) {
            return Optional.empty();
        }
        Matcher m = COUNT.matcher(printed);
        if (!m.find()) {
            return Optional.empty();
        }
        long unit = switch (m.group(2) == null ? "" : m.group(2)) {
            case "亿" -> 100_000_000L;
            case "千万" -> 10_000_000L;
            case "百万" -> 1_000_000L;
            case "十万" -> 100_000L;
            case "万" -> 10_000L;
            case "千" -> 1_000L;
            default -> 1L;
        };
        try {
            return Optional.of(new BigDecimal(m.group(1).replace(",", "")).multiply(BigDecimal.valueOf(unit))
                    .toBigInteger().longValueExact());
        } catch (NumberFormatException | ArithmeticException e) {
            return Optional.empty();
        }
    }
}
