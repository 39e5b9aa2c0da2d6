package io.appaudit.crawler.config;

import io.appaudit.stores.IdRange;
import java.util.Optional;

/**
 * An id sweep ({@code stores.vivo.id-range}): the numeric app ids from {@code from} to {@code to}, both included,
 * asked one by one as a discovery channel of their own, through the store's fetch stack and delay. Off while both
 * ends are 0; {@code max-ids} is a hard bound on the range's size, so that a typo cannot send a million requests.
 */
public record IdSweepConfig(int from, int to, int maxIds) {

    /** The most {@code max-ids} may be raised to: a run of weeks at one request a second. */
    public static final int MAX_IDS_LIMIT = 1_000_000;

    public IdSweepConfig {
        boolean off = from == 0 && to == 0;
        if (maxIds < 1 || !off && (from < 1 || to < from || (long) to - from + 1 > maxIds)) {
            throw new IllegalArgumentException("not an id sweep: " + from + " to " + to + ", max-ids " + maxIds);
        }
    }

    /** Reads {@code <prefix>.from}, {@code .to} and {@code .max-ids}, naming the key at fault. */
    public static IdSweepConfig from(Settings s, String prefix) {
        int maxIds = s.integer(prefix + ".max-ids");
        if (maxIds < 1 || maxIds > MAX_IDS_LIMIT) {
            throw ConfigException.outside(prefix + ".max-ids", maxIds, 1, MAX_IDS_LIMIT);
        }
        int from = s.integer(prefix + ".from");
        int to = s.integer(prefix + ".to");
        if (from == 0 && to == 0) {
            return new IdSweepConfig(0, 0, maxIds);
        }
        if (from < 1) {
            throw ConfigException.below(prefix + ".from", from, "1 (or 0 with " + prefix + ".to 0: no sweep)");
        }
        if (to < from) {
            throw ConfigException.below(prefix + ".to", to, prefix + ".from (" + from + ")");
        }
        long size = (long) to - from + 1;
        if (size > maxIds) {
            throw new ConfigException(prefix + ": " + from + " to " + to + " is " + size + " ids, above "
                    + prefix + ".max-ids (" + maxIds + ")");
        }
        return new IdSweepConfig(from, to, maxIds);
    }

    /** The range to sweep; empty when the sweep is off. */
    public Optional<IdRange> range() {
        return from == 0 ? Optional.empty() : Optional.of(new IdRange(from, to));
    }
}
