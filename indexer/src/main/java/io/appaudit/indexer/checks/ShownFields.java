package io.appaudit.indexer.checks;

import io.appaudit.stores.ListingField;
import io.appaudit.stores.StoreId;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What each store showed in one quarter, as measured: per store, how many of its audited apps were evaluated (their
 * latest listed snapshot of the quarter) and on how many each field was found. A field found on less than the
 * threshold's share is not shown by the store; the checks that read it are then unknown for all its listings. A
 * store not measured (or with no audited app) is taken to show everything, as at crawl time.
 *
 * @param threshold {@code checks.shown-threshold}, a share from 0 to 1
 */
public final class ShownFields {

    private final double threshold;
    private final Map<StoreId, Store> stores;
    /** Per store, the fields it does not show: asked for every check of every app, so worked out once. */
    private final Map<StoreId, Set<ListingField>> notShown = new EnumMap<>(StoreId.class);

    /** One store's measurement: apps evaluated, and per field the apps on which it was found. */
    public record Store(long evaluated, Map<ListingField, Long> found) {
        public Store {
            if (evaluated < 0) {
                throw new IllegalArgumentException("A store cannot have evaluated " + evaluated + " apps");
            }
            Map<ListingField, Long> m = new EnumMap<>(ListingField.class);
            found.forEach((field, n) -> {
                if (n < 0 || n > evaluated) {
                    throw new IllegalArgumentException(field + " found on " + n + " of " + evaluated + " apps");
                }
                m.put(field, n);
            });
            found = Map.copyOf(m);
        }

        /** The share of evaluated apps on which the field was found (0 when none was evaluated). */
        public double share(ListingField field) {
            return evaluated == 0 ? 0 : (double) found.getOrDefault(field, 0L) / evaluated;
        }
    }

    public ShownFields(double threshold, Map<StoreId, Store> stores) {
        if (!(threshold >= 0 && threshold <= 1)) {
            throw new IllegalArgumentException("The shown threshold must be a share between 0 and 1, not " + threshold);
        }
        Map<StoreId, Store> m = new EnumMap<>(StoreId.class);
        stores.forEach((k, v) -> m.put(Objects.requireNonNull(k, "store"), Objects.requireNonNull(v, "measurement")));
        this.threshold = threshold;
        this.stores = Map.copyOf(m);
        for (StoreId store : StoreId.values()) {
            Set<ListingField> out = EnumSet.noneOf(ListingField.class);
            for (ListingField f : ListingField.values()) {
                if (!shows(store, f)) {
                    out.add(f);
                }
            }
            notShown.put(store, Collections.unmodifiableSet(out));
        }
    }

    /** {@code checks.shown-threshold}, a share from 0 to 1. */
    public double threshold() {
        return threshold;
    }

    /** Each measured store's measurement. */
    public Map<StoreId, Store> stores() {
        return stores;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ShownFields other && Double.compare(threshold, other.threshold) == 0
                && stores.equals(other.stores);
    }

    @Override
    public int hashCode() {
        return Objects.hash(threshold, stores);
    }

    @Override
    public String toString() {
        return "ShownFields[threshold=" + threshold + ", stores=" + stores + "]";
    }

    /** Nothing measured yet (a listing checked as it is crawled): every store is taken to show every field. */
    public static ShownFields unmeasured() {
        return new ShownFields(0, Map.of());
    }

    /** The measurement of a store that had audited apps, if it was measured. */
    public Optional<Store> measured(StoreId store) {
        return Optional.ofNullable(stores.get(store)).filter(s -> s.evaluated() > 0);
    }

    /** The share of the store's apps on which the field was found, if the store was measured. */
    public Optional<Double> share(StoreId store, ListingField field) {
        return measured(store).map(s -> s.share(field));
    }

    /** True unless the store was measured and the field was found on less than the threshold's share of its apps. */
    public boolean shows(StoreId store, ListingField field) {
        return share(store, field).map(s -> s >= threshold).orElse(true);
    }

    /** The fields the store does not show this quarter. */
    public Set<ListingField> notShown(StoreId store) {
        return notShown.get(store);
    }

    /** Why a check on these fields is unknown in the store: "not shown by this store: filing_number (0.0 % of 40)". */
    public String note(StoreId store, Set<ListingField> fields) {
        long n = measured(store).map(Store::evaluated).orElse(0L);
        return "not shown by this store: " + fields.stream().filter(f -> !shows(store, f)).sorted()
                .map(f -> name(f) + " (measured share " + percent(share(store, f).orElse(0.0)) + " of " + n + " apps)")
                .collect(Collectors.joining(", "));
    }

    /** A field as the indices and reports name it: {@code filing_number}. */
    public static String name(ListingField field) {
        return field.name().toLowerCase(Locale.ROOT);
    }

    /** A share as people read it: {@code 2.5 %}. */
    public static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f %%", share * 100);
    }
}
