package io.appaudit.indexer;

/**
 * Elasticsearch could not be started or reached; the message says what happened and what to do, and may carry
 * the tail of the node's own log.
 */
public final class ElasticException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ElasticException(String message) {
        super(message);
    }

    public ElasticException(String message, Throwable cause) {
        super(message, cause);
    }
}
