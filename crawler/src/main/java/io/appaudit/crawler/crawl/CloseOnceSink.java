package io.appaudit.crawler.crawl;

import io.appaudit.indexer.docs.ListingDocument;
import io.appaudit.indexer.ingest.ListingSink;
import java.util.concurrent.atomic.AtomicBoolean;

/** The Elasticsearch sink as handed to a decorator: closing it twice closes it once. */
final class CloseOnceSink implements ListingSink {

    private final ListingSink sink;
    private final AtomicBoolean closed = new AtomicBoolean();

    CloseOnceSink(ListingSink sink) {
        this.sink = sink;
    }

    @Override
    public void accept(ListingDocument snapshot) {
        sink.accept(snapshot);
    }

    @Override
    public void flush() {
        sink.flush();
    }

    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            sink.close();
        }
    }
}
