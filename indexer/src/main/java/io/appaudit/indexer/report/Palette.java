package io.appaudit.indexer.report;

import io.appaudit.indexer.checks.CheckId;
import io.appaudit.indexer.checks.Family;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The report's colours: one hue per problem family (shades of it per check), one per store for the trend, and a
 * light-to-dark ramp for the days since update. The store colours are the Okabe–Ito set, told apart by colour-blind
 * readers too.
 */
final class Palette {

    private static final List<String> STORES = List.of("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#D55E00",
            "#56B4E9", "#999999");
    /** Days since update, from fresh to very old; unknown is grey. */
    private static final List<String> AGES = List.of("#c6dbef", "#9ecae1", "#fdae6b", "#e6550d", "#a63603",
            "#7f2704", "#5a1b02");
    static final String UNKNOWN = "#d9d9d9";

    private Palette() {
    }

    static String store(int index) {
        return STORES.get(index % STORES.size());
    }

    static String age(int index) {
        return AGES.get(Math.min(index, AGES.size() - 1));
    }

    static String family(Family f) {
        return switch (f) {
            case R -> "#2c6db5";
            case Z -> "#b8860b";
            case D -> "#7b4fb8";
            case M -> "#c0392b";
        };
    }

    /** A shade of the check's family colour: the family's first check darkest, its last lightest. */
    static String check(CheckId c) {
        List<CheckId> family = Arrays.stream(CheckId.values()).filter(x -> x.family() == c.family()).toList();
        double light = family.size() <= 1 ? 0 : 0.55 * family.indexOf(c) / (family.size() - 1);
        String base = family(c.family());
        int r = Integer.parseInt(base.substring(1, 3), 16);
        int g = Integer.parseInt(base.substring(3, 5), 16);
        int b = Integer.parseInt(base.substring(5, 7), 16);
        return String.format(Locale.ROOT, "#%02x%02x%02x", mix(r, light), mix(g, light), mix(b, light));
    }

    private static int mix(int channel, double towardsWhite) {
        return (int) Math.round(channel + (255 - channel) * towardsWhite);
    }
}
