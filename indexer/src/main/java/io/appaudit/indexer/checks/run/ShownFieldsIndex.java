package io.appaudit.indexer.checks.run;

import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch._types.query_dsl.FieldAndFormat;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.json.JsonData;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.appaudit.indexer.ElasticConnection;
import io.appaudit.indexer.checks.ShownFields;
import io.appaudit.indexer.docs.Fields;
import io.appaudit.indexer.docs.ListingDocument;
import io.appaudit.indexer.docs.Quarter;
import io.appaudit.indexer.layout.IndexLayout;
import io.appaudit.stores.ListingField;
import io.appaudit.stores.StoreId;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Measures what each store showed in a quarter, keeps it (one document per store and quarter in the shown-fields
 * index) and reads it back for the rates and the report. The measure: per store, its audited apps (store and
 * package listed in the quarter), and for each field the apps whose latest listed snapshot of the quarter has it in
 * {@code fields_found}.
 */
public final class ShownFieldsIndex {

    /** The stored form of one store's quarter. */
    public record Document(@JsonProperty("@timestamp") Instant timestamp, String store, String quarter,
                           double threshold, long evaluated, List<FieldShare> fields) {
        public Document {
            fields = List.copyOf(fields);
        }
    }

    /** One field's measure in a store's quarter. */
    public record FieldShare(String field, long found, double share, boolean shown) {
    }

    /** Packages per page of the measuring pass. */
    private static final int PAGE = 1000;

    private final ElasticConnection es;
    private final IndexLayout layout;

    public ShownFieldsIndex(ElasticConnection es, IndexLayout layout) {
        this.es = es;
        this.layout = layout;
    }

    /** Measures the quarter from its listings (run after every snapshot has its {@code fields_found}). */
    public ShownFields measure(Quarter quarter, double threshold) throws IOException {
        Map<StoreId, long[]> counts = new EnumMap<>(StoreId.class);
        add(counts, count(quarter, Optional.empty(), Optional.empty()), 1);
        return shown(counts, threshold);
    }

    /**
     * The measure a check kept ({@code before}), changed by the named packages alone: less what their apps
     * contributed with the snapshots up to {@code through} (the newest listing the kept measure saw), plus what they
     * contribute now. Equal to {@link #measure} when no other package has a snapshot newer than {@code through} and
     * no older snapshot changed; a few requests per thousand packages instead of a pass over the quarter.
     */
    public ShownFields measureChange(Quarter quarter, ShownFields before, List<String> packages, Instant through)
            throws IOException {
        Map<StoreId, long[]> counts = new EnumMap<>(StoreId.class);
        before.stores().forEach((store, m) -> {
            long[] n = new long[ListingField.values().length + 1];
            n[0] = m.evaluated();
            m.found().forEach((f, found) -> n[f.ordinal() + 1] = found);
            counts.put(store, n);
        });
        add(counts, count(quarter, Optional.of(packages), Optional.of(through)), -1);
        add(counts, count(quarter, Optional.of(packages), Optional.empty()), 1);
        return shown(counts, before.threshold());
    }

    private static void add(Map<StoreId, long[]> into, Map<StoreId, long[]> counts, int sign) {
        counts.forEach((store, n) -> {
            long[] sum = into.computeIfAbsent(store, k -> new long[n.length]);
            for (int i = 0; i < n.length; i++) {
                sum[i] += sign * n[i];
            }
        });
    }

    /** Stores with audited apps only, as {@link #measure} has always given them. */
    private static ShownFields shown(Map<StoreId, long[]> counts, double threshold) {
        Map<StoreId, ShownFields.Store> stores = new EnumMap<>(StoreId.class);
        counts.forEach((store, n) -> {
            if (n[0] <= 0) {
                return;
            }
            Map<ListingField, Long> found = new EnumMap<>(ListingField.class);
            for (ListingField f : ListingField.values()) {
                found.put(f, n[f.ordinal() + 1]);
            }
            stores.put(store, new ShownFields.Store(n[0], found));
        });
        return new ShownFields(threshold, stores);
    }

    /**
     * Per store, its apps and, per field, the apps whose latest snapshot (up to {@code through}) has it: every
     * package of the quarter, or the named ones. One stream of the snapshots' {@code fields_found}, each app's
     * newest first, so an app counts with its first snapshot.
     */
    private Map<StoreId, long[]> count(Quarter quarter, Optional<List<String>> packages, Optional<Instant> through)
            throws IOException {
        Query filter = Query.of(q -> q.bool(b -> {
            // a listing built from a list item shows only what lists show: it says nothing of what the store's
            // detail pages show
            b.mustNot(m -> m.term(t -> t.field(Fields.SOURCE).value(ListingDocument.SOURCE_LIST)));
            through.ifPresent(at -> b.filter(f -> f.range(g -> g.date(d -> d.field(Fields.TIMESTAMP)
                    .lte(String.valueOf(at.toEpochMilli())).format("epoch_millis")))));
            return b;
        }));
        Map<StoreId, long[]> counts = new EnumMap<>(StoreId.class);
        String[] app = new String[1];
        Consumer<Hit<Void>> each = h -> {
            String pkg = h.sort().get(0).stringValue();
            String storeText = h.sort().get(1).stringValue();
            String key = storeText + "\u0000" + pkg;
            if (key.equals(app[0])) {
                return; // an older snapshot of an app already counted
            }
            app[0] = key;
            Optional<StoreId> store = StoreId.find(storeText);
            if (store.isEmpty()) {
                return;
            }
            long[] n = counts.computeIfAbsent(store.get(), k -> new long[ListingField.values().length + 1]);
            n[0]++;
            JsonData found = h.fields().get(Fields.FIELDS_FOUND);
            if (found == null) {
                return;
            }
            for (JsonValue v : found.toJson().asJsonArray()) {
                String name = ((JsonString) v).getString();
                Arrays.stream(ListingField.values()).filter(f -> ShownFields.name(f).equals(name)).findFirst()
                        .ifPresent(f -> n[f.ordinal() + 1]++);
            }
        };
        QuarterScan scan = new QuarterScan(es, layout, QuarterScan.Detail.COUNTS, PAGE);
        List<FieldAndFormat> fields = List.of(FieldAndFormat.of(f -> f.field(Fields.FIELDS_FOUND)));
        if (packages.isPresent()) {
            scan.forEachSnapshot(quarter, packages.get(), Optional.of(filter), fields, each);
        } else {
            scan.forEachSnapshot(quarter, Optional.of(filter), fields, each);
        }
        return counts;
    }

    /** Keeps the quarter's measure: one document per store (stores without audited apps too, as zero). */
    public void write(Quarter quarter, ShownFields shown) throws IOException {
        Instant now = Instant.now();
        for (StoreId store : StoreId.values()) {
            ShownFields.Store m = shown.stores().getOrDefault(store, new ShownFields.Store(0, Map.of()));
            List<FieldShare> fields = new ArrayList<>();
            for (ListingField f : ListingField.values()) {
                fields.add(new FieldShare(ShownFields.name(f), m.found().getOrDefault(f, 0L), m.share(f),
                        shown.shows(store, f)));
            }
            Document doc = new Document(now, store.id(), quarter.toString(), shown.threshold(), m.evaluated(), fields);
            es.client().index(i -> i.index(layout.shownFieldsIndex()).id(store.id() + "/" + quarter)
                    .document(doc).refresh(Refresh.True));
        }
    }

    /** The quarter's measure as {@code appaudit check} kept it; unmeasured when the quarter was never checked. */
    public ShownFields read(Quarter quarter) throws IOException {
        SearchResponse<Document> r = es.client().search(s -> s.index(layout.shownFieldsIndex())
                .ignoreUnavailable(true).allowNoIndices(true).size(StoreId.values().length * 2)
                .query(q -> q.term(t -> t.field(Fields.QUARTER).value(quarter.toString()))), Document.class);
        Map<StoreId, ShownFields.Store> stores = new EnumMap<>(StoreId.class);
        double threshold = 0;
        for (Hit<Document> h : r.hits().hits()) {
            Document d = h.source();
            Optional<StoreId> store = d == null ? Optional.empty()
                    : StoreId.find(d.store());
            if (store.isEmpty()) {
                continue;
            }
            threshold = d.threshold();
            Map<ListingField, Long> found = new EnumMap<>(ListingField.class);
            for (FieldShare f : d.fields()) {
                Arrays.stream(ListingField.values()).filter(x -> ShownFields.name(x).equals(f.field())).findFirst()
                        .ifPresent(x -> found.put(x, f.found()));
            }
            stores.put(store.get(), new ShownFields.Store(d.evaluated(), found));
        }
        return stores.isEmpty() ? ShownFields.unmeasured() : new ShownFields(threshold, stores);
    }
}
