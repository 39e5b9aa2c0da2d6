package io.appaudit.indexer.rates;

/** The findings index does not match the listings (the checks were not run after the last crawl). */
public final class StaleFindingsException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public StaleFindingsException(String message) {
        super(message);
    }
}
