package io.appaudit.crawler.fetch;

import java.io.IOException;

/**
 * A request the crawler will not make or finish, by policy: a private address, a body over the size cap, too
 * many redirects. Retrying cannot help, so it never is.
 */
public class FetchRefusedException extends IOException {

    private static final long serialVersionUID = 1L;

    public FetchRefusedException(String message) {
        super(message);
    }
}
