package io.appaudit.crawler.fetch;

/**
 * The store asked us to stay away longer than fetch.max-retry-after allows (a long Retry-After): the store's crawl
 * stops for this run, and the message says why.
 */
public final class StoreBackoffException extends FetchRefusedException {

    private static final long serialVersionUID = 1L;

    public StoreBackoffException(String message) {
        super(message);
    }
}
