package io.appaudit.crawler.fetch;

/**
 * An exchange cut off at fetch.call-timeout: the server was answering, too slowly (it trickled its headers or its
 * body). Our deadline, not a verdict on the link; not retried, since the server would trickle again.
 */
public final class CallTimeoutException extends FetchRefusedException {

    private static final long serialVersionUID = 1L;

    public CallTimeoutException(String message) {
        super(message);
    }
}
