package io.appaudit.crawler;

import ch.qos.logback.classic.pattern.ThrowableProxyConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import io.appaudit.crawler.evidence.TerminalText;

/** A logged exception's stack trace, escaped as {@link EscapedMessage} escapes messages ({@code %escEx}). */
public final class EscapedThrowable extends ThrowableProxyConverter {

    @Override
    public String convert(ILoggingEvent event) {
        return TerminalText.escape(super.convert(event));
    }
}
