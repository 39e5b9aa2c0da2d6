package io.appaudit.crawler.evidence;

import java.io.IOException;

/**
 * The data folder cannot take what the crawl must write (it is full, read-only or not ours): the message names the
 * folder and says what to do.
 */
public final class DataFolderException extends IOException {

    private static final long serialVersionUID = 1L;

    public DataFolderException(String message, Throwable cause) {
        super(message, cause);
    }

    public DataFolderException(String message) {
        super(message);
    }
}
