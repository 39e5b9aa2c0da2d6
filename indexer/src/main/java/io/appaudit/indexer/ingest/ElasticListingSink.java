package io.appaudit.indexer.ingest;

import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.appaudit.indexer.ElasticConnection;
import io.appaudit.indexer.docs.ListingDocument;
import io.appaudit.indexer.docs.ListingDocuments;
import io.appaudit.indexer.docs.ListingOutcome;
import io.appaudit.indexer.layout.IndexLayout;
import java.time.Instant;

/**
 * Bounds every field of each document ({@link FieldBounds#LISTINGS}, the one place where listing documents are
 * bounded on their way into Elasticsearch), then stores each snapshot in the month's listings index and keeps the apps index at the latest state of each store
 * and package: an update whose document names every field (null for now-unknown ones), with an upsert that also
 * sets {@code first_seen}.
 */
public final class ElasticListingSink implements ListingSink {

    private final BulkSink bulk;
    private final IndexLayout layout;
    private final String snapshotIndex;
    private final ObjectMapper mapper;
    private final ObjectMapper withNulls;

    public ElasticListingSink(ElasticConnection es, IndexLayout layout, Instant runStarted) {
        this.bulk = new BulkSink(es, es.config().ingest());
        this.layout = layout;
        this.snapshotIndex = layout.listingsIndex(runStarted);
        this.mapper = es.mapper();
        this.withNulls = es.mapper().copy().setSerializationInclusion(JsonInclude.Include.ALWAYS);
    }

    @Override
    public void accept(ListingDocument doc) {
        ObjectNode snapshot = mapper.valueToTree(doc);
        FieldBounds.LISTINGS.apply(snapshot);
        String subject = subject(doc);
        bulk.add(BulkOperation.of(b -> b.index(i -> i.index(snapshotIndex).id(doc.snapshotId()).document(snapshot))),
                snapshotIndex, doc.snapshotId(), subject);
        if (doc.outcome() == ListingOutcome.LISTED) {
            String id = ListingDocuments.appId(doc.store(), doc.packageName());
            ObjectNode state = withNulls.valueToTree(doc);
            if (FieldBounds.LISTINGS.apply(state).isEmpty()) {
                state.putNull(FieldBounds.TRUNCATED_FIELDS);
            }
            state.put("listed", true);
            state.put("last_seen", doc.timestamp().toString());
            ObjectNode insert = state.deepCopy();
            insert.put("first_seen", doc.timestamp().toString());
            bulk.add(BulkOperation.of(b -> b.update(u -> u.index(layout.appsIndex()).id(id)
                    .action(a -> a.doc(state).upsert(insert)))), layout.appsIndex(), id, subject);
        }
    }

    /** A listing named for a person: store, store app id and package, bounded and on one line. */
    static String subject(ListingDocument doc) {
        String app = doc.packageName() == null || doc.packageName().equals(doc.storeAppId())
                ? doc.storeAppId() : doc.storeAppId() + " (" + doc.packageName() + ")";
        return FieldBounds.cut(doc.store() + " " + app, 300).replaceAll("\\p{Cntrl}", " ");
    }

    /** Marks a store's package as no longer listed (its listing page said so). */
    public void markNotListed(String store, String packageName, Instant at) {
        String id = ListingDocuments.appId(store, packageName);
        ObjectNode state = withNulls.createObjectNode();
        state.put("listed", false);
        state.put("last_seen", at.toString());
        ObjectNode insert = state.deepCopy();
        insert.put("store", store);
        insert.put("package", packageName);
        insert.put("first_seen", at.toString());
        bulk.add(BulkOperation.of(b -> b.update(u -> u.index(layout.appsIndex()).id(id)
                .action(a -> a.doc(state).upsert(insert)))), layout.appsIndex(), id);
    }

    @Override
    public void flush() {
        bulk.flush();
    }

    public BulkSink.Stats stats() {
        return bulk.stats();
    }

    public java.util.List<BulkSink.FailedItem> failures() {
        return bulk.failures();
    }

    /**
     * The apps (store, store app id and package) of which a document could not be indexed, each once, in the order
     * they failed (of the first failures kept in full).
     */
    public java.util.List<String> failedApps() {
        return bulk.failures().stream().map(BulkSink.FailedItem::subject).distinct().toList();
    }

    @Override
    public void close() {
        bulk.close();
    }
}
