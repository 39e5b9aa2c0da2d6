package io.appaudit.stores.kit;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Sizes as the stores print them: {@code "1,547.3 MB"}, {@code "12.34 M"}, {@code "850KB"}, bytes. */
public final class StoreSizes {

    private static final Pattern SIZE = Pattern.compile("([0-9][0-9,]*(?:\\.[0-9]+)?)\\s*([KMGT]?)(?:I?B)?",
            Pattern.CASE_INSENSITIVE);

    private StoreSizes() {
    }

    /** Parses a printed size into bytes (binary multiples, as the stores use them); empty when unreadable. */
    public static Optional<Long> parse(String printed) {
        String s = Text.clean(printed);
        if (s == null) {
            return Optional.empty();
        }
        Matcher m = SIZE.matcher(s.replace(" ", ""));
        if (!m.find()) {
            return Optional.empty();
        }
        try {
            BigDecimal n = new BigDecimal(m.group(1).replace(",", ""));
            long unit = switch (m.group(2).toUpperCase(Locale.ROOT)) {
                case "K" -> 1L << 10;
                case "M" -> 1L << 20;
                case "G" -> 1L << 30;
                case "T" -> 1L << 40;
                default -> 1L;
            };
            long bytes = n.multiply(BigDecimal.valueOf(unit)).longValue();
            return bytes > 0 ? Optional.of(bytes) : Optional.empty();
        } catch (NumberFormatException | ArithmeticException e) {
            return Optional.empty();
        }
    }

    /** Kibibytes (vivo's {@code size}) into bytes. */
    public static Optional<Long> kibibytes(long kib) {
        return kib > 0 && kib < Long.MAX_VALUE / 1024 ? Optional.of(kib * 1024) : Optional.empty();
    }
}
