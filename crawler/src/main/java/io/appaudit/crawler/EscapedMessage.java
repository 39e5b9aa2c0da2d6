package io.appaudit.crawler;

import ch.qos.logback.classic.pattern.ClassicConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import io.appaudit.crawler.evidence.TerminalText;

/**
 * The log message with control characters and bidirectional overrides shown as visible escapes: a message can
 * carry a store's or a server's text (a URL, an error the server worded, a malformed status line), and logs go to
 * terminals. Used in logback.xml as {@code %escMsg}.
 */
public final class EscapedMessage extends ClassicConverter {

    @Override
    public String convert(ILoggingEvent event) {
        return TerminalText.escape(event.getFormattedMessage());
    }
}
