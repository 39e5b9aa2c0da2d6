package io.appaudit.crawler.schedule;

/** The job store cannot be used as it is; the message says why and what to do. */
public final class JobStoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public JobStoreException(String message) {
        super(message);
    }

    public JobStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
