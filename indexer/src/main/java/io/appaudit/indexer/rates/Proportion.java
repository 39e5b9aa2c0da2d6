package io.appaudit.indexer.rates;

/**
 * k of n, with the share and its 95 % Wilson score interval; share and interval are absent when n is 0. The three
 * fractions are clamped to [0, 1] and rounded to six decimals (0.0001 percentage point), so that every surface — the
 * CLI, CSV, JSON and the report — derives its figure from the same number and none shows floating-point noise
 * such as {@code 6.9e-18} for a lower bound of 0.
 *
 * @param rate k / n
 * @param low  lower bound of the 95 % Wilson interval
 * @param high upper bound of the 95 % Wilson interval
 */
public record Proportion(long k, long n, Double rate, Double low, Double high) {

    /** The 0.975 quantile of the standard normal distribution. */
    static final double Z = 1.959963984540054;

    public Proportion {
        if (k < 0 || n < 0 || k > n) {
            throw new IllegalArgumentException("Not a proportion: " + k + " of " + n);
        }
    }

    public static Proportion of(long k, long n) {
        if (n == 0) {
            return new Proportion(k, n, null, null, null);
        }
        double p = (double) k / n;
        double z2 = Z * Z;
        double denominator = 1 + z2 / n;
        double centre = (p + z2 / (2.0 * n)) / denominator;
        double half = Z * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n)) / denominator;
        return new Proportion(k, n, rounded(p), rounded(centre - half), rounded(centre + half));
    }

    /** Six decimals, within [0, 1]. */
    static double rounded(double fraction) {
        double clamped = Math.max(0, Math.min(1, fraction));
        return Math.round(clamped * 1e6) / 1e6;
    }
}
