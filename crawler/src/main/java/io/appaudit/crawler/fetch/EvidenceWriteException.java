package io.appaudit.crawler.fetch;

/**
 * An exchange whose evidence could not be written (the data folder is full or not writable): the answer is not
 * used, since nothing could prove it, and the store's crawl stops; the message names the folder and what to do.
 */
public final class EvidenceWriteException extends FetchRefusedException {

    private static final long serialVersionUID = 1L;

    public EvidenceWriteException(String message) {
        super(message);
    }
}
