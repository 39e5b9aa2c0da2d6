package io.appaudit.indexer.ingest;

import io.appaudit.indexer.docs.ListingDocument;

/** Where listing snapshots go as they are parsed; implementations may block to apply back-pressure. */
public interface ListingSink extends AutoCloseable {

    /** Accepts one snapshot (a listing, a "not listed" answer or a parse problem). */
    void accept(ListingDocument snapshot);

    /** Waits until everything accepted so far is stored or reported. */
    void flush();

    @Override
    void close();
}
