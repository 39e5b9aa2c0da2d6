package io.appaudit.crawler.crawl;

import io.appaudit.crawler.fetch.Exchange;
import java.io.IOException;

/** What fetching one frontier URL came to, handed from the fetcher to the visitor. */
sealed interface PageOutcome {

    /** The page's request was answered (any HTTP status). */
    record Fetched(String key, WorkItem item, Exchange exchange) implements PageOutcome {
    }

    /** The request failed in transport or by policy. */
    record Failed(String key, WorkItem item, IOException error) implements PageOutcome {
    }

    /** A resumed run met a page it had already finished before the crash. */
    record AlreadyDone(String key) implements PageOutcome {
    }

    /** The store is stopping: left for a later run. */
    record Skipped(String key) implements PageOutcome {
    }

    /** A frontier URL the crawl state does not know: cannot happen unless the state was tampered with. */
    record Unknown(String key) implements PageOutcome {
    }
}
