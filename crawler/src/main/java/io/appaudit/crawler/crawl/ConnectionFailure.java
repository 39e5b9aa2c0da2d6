package io.appaudit.crawler.crawl;

import io.appaudit.crawler.evidence.TerminalText;
import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;
import javax.net.ssl.SSLException;

/**
 * A fetch that got no answer because no connection to the host could be made: its name does not resolve, the
 * connection is refused (or there is no route), the TLS handshake fails, or connecting times out. Read from the
 * exception's cause chain; anything else (a read timeout, a reset mid-answer) is not one.
 *
 * @param host   the host the connection was for, as the failure names it (the rewritten one under a replay)
 * @param reason the cause in words, e.g. "app.mi.com does not resolve from here"
 */
record ConnectionFailure(Kind kind, String host, String reason) {

    /** How the connection failed. */
    enum Kind { UNKNOWN_HOST, REFUSED, TLS, CONNECT_TIMEOUT }

    /** The most of a library's message that goes into a reason. */
    private static final int DETAIL_LIMIT = 160;

    ConnectionFailure {
        if (kind == null || host == null || reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("A connection failure needs its kind, host and reason");
        }
    }

    /** The connection failure behind {@code e}, if it is one; {@code fallbackHost} when the exception names none. */
    static Optional<ConnectionFailure> of(IOException e, String fallbackHost) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String message = t.getMessage() == null ? "" : t.getMessage();
            if (t instanceof UnknownHostException) {
                if (message.contains("private addresses")) {
                    // PrivateAddressGuard's refusal: the name resolves, to addresses we will not crawl
                    return Optional.of(new ConnectionFailure(Kind.UNKNOWN_HOST, fallbackHost, bounded(message)));
                }
                String host = message.isBlank() ? fallbackHost : message.split("[:\\s]", 2)[0];
                return Optional.of(new ConnectionFailure(Kind.UNKNOWN_HOST, host,
                        TerminalText.escape(host) + " does not resolve from here"));
            }
            if (t instanceof ConnectException || t instanceof NoRouteToHostException) {
                String host = target(message, fallbackHost);
                String how = t instanceof NoRouteToHostException ? "has no route" : "refused";
                return Optional.of(new ConnectionFailure(Kind.REFUSED, host, "connection to " + host + " " + how));
            }
            if (t instanceof SSLException) {
                return Optional.of(new ConnectionFailure(Kind.TLS, fallbackHost, "TLS handshake with "
                        + TerminalText.escape(fallbackHost) + " failed: " + bounded(message)));
            }
            if (t instanceof SocketTimeoutException && message.toLowerCase(Locale.ROOT).contains("connect")) {
                return Optional.of(new ConnectionFailure(Kind.CONNECT_TIMEOUT, fallbackHost, "connecting to "
                        + TerminalText.escape(fallbackHost) + " timed out"));
            }
        }
        return Optional.empty();
    }

    /** OkHttp says "Failed to connect to app.mi.com/1.2.3.4:443" or "Failed to connect to /127.0.0.1:8080". */
    private static String target(String message, String fallbackHost) {
        int at = message.indexOf("connect to ");
        if (at < 0) {
            return TerminalText.escape(fallbackHost);
        }
        String t = message.substring(at + "connect to ".length()).trim().split("\\s", 2)[0];
        int slash = t.indexOf('/');
        if (slash > 0) {
            // "name/address:port": the name, and the port the address was tried on
            int colon = t.lastIndexOf(':');
            t = t.substring(0, slash) + (colon > slash ? t.substring(colon) : "");
        } else if (slash == 0) {
            t = t.substring(1);
        }
        return TerminalText.escape(t.isBlank() ? fallbackHost : bounded(t));
    }

    private static String bounded(String s) {
        String e = TerminalText.escape(s);
        return e.length() <= DETAIL_LIMIT ? e : e.substring(0, DETAIL_LIMIT) + "…";
    }
}
