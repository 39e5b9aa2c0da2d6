package io.appaudit.indexer.kibana;

import java.util.Map;
import java.util.Optional;

/** What each operation needs of its field: only to exist, or a type an aggregation (or sort) accepts. */
final class Operations {

    /** The requirement on a field's mapping type. */
    enum Need {
        EXISTS, AGGREGATABLE, NUMERIC, DATE, NUMERIC_OR_DATE;

        boolean acceptedBy(String type) {
            return switch (this) {
                case EXISTS -> true;
                case AGGREGATABLE -> IndexFields.aggregatable(type);
                case NUMERIC -> IndexFields.numeric(type);
                case DATE -> IndexFields.date(type);
                case NUMERIC_OR_DATE -> IndexFields.numeric(type) || IndexFields.date(type);
            };
        }
    }

    // Lens operation types, Lens formula functions and legacy aggregation types share this table.
    private static final Map<String, Need> NEEDS = Map.ofEntries(
            Map.entry("query", Need.EXISTS),
            Map.entry("filter", Need.EXISTS),
            Map.entry("column", Need.EXISTS),
            Map.entry("format", Need.EXISTS),
            Map.entry("label", Need.EXISTS),
            Map.entry("time field", Need.DATE),
            Map.entry("sort", Need.AGGREGATABLE),
            Map.entry("terms", Need.AGGREGATABLE),
            Map.entry("multi_terms", Need.AGGREGATABLE),
            Map.entry("significant_terms", Need.AGGREGATABLE),
            Map.entry("unique_count", Need.AGGREGATABLE),
            Map.entry("cardinality", Need.AGGREGATABLE),
            Map.entry("count", Need.AGGREGATABLE),
            Map.entry("value_count", Need.AGGREGATABLE),
            Map.entry("last_value", Need.AGGREGATABLE),
            Map.entry("top_hits", Need.AGGREGATABLE),
            Map.entry("top_metrics", Need.AGGREGATABLE),
            Map.entry("date_histogram", Need.DATE),
            Map.entry("date_range", Need.DATE),
            Map.entry("range", Need.NUMERIC),
            Map.entry("histogram", Need.NUMERIC),
            Map.entry("sum", Need.NUMERIC),
            Map.entry("average", Need.NUMERIC),
            Map.entry("avg", Need.NUMERIC),
            Map.entry("median", Need.NUMERIC),
            Map.entry("standard_deviation", Need.NUMERIC),
            Map.entry("std_dev", Need.NUMERIC),
            Map.entry("percentile", Need.NUMERIC),
            Map.entry("percentiles", Need.NUMERIC),
            Map.entry("percentile_rank", Need.NUMERIC),
            Map.entry("percentile_ranks", Need.NUMERIC),
            Map.entry("min", Need.NUMERIC_OR_DATE),
            Map.entry("max", Need.NUMERIC_OR_DATE));

    private Operations() {
    }

    /** What the operation needs of its field; empty for an operation this check does not know. */
    static Optional<Need> need(String operation) {
        return Optional.ofNullable(NEEDS.get(operation));
    }
}
