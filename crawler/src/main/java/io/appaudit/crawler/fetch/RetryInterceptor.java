package io.appaudit.crawler.fetch;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Bounded retries: network errors (but an unknown host, which no retry cures) and 5xx answers are tried again after
 * an exponential backoff with jitter; 429 and 503 wait for their Retry-After (the whole store waits; its delay rises
 * only when refusals keep coming, and a store that keeps refusing at the delay's ceiling is stopped as blocked);
 * other 4xx answers, 404
 * included, are returned at once. A Retry-After longer than fetch.max-retry-after stops the store instead. When
 * the retries are used up, the last answer is returned: an HTTP status is data. (OkHttp itself repeats a 503 that
 * carries Retry-After: 0 once, at once, below this step; both answers are in the WARC.)
 */
final class RetryInterceptor implements Interceptor {

    private static final Logger log = LoggerFactory.getLogger(RetryInterceptor.class);

    private final int maxRetries;
    private final Duration backoff;
    private final Duration maxRetryAfter;
    private final Politeness politeness;

    RetryInterceptor(int maxRetries, Duration backoff, Duration maxRetryAfter, Politeness politeness) {
        this.maxRetries = maxRetries;
        this.backoff = backoff;
        this.maxRetryAfter = maxRetryAfter;
        this.politeness = politeness;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request request = chain.request();
        CallContext ctx = CallContext.of(request);
        for (int attempt = 0; ; attempt++) {
            Response response;
            try {
                response = chain.proceed(request);
            } catch (FetchRefusedException | UnknownHostException e) {
                // a name that does not resolve now will not resolve after a backoff either: the crawl decides
                throw e;
            } catch (IOException e) {
                if (attempt >= maxRetries || chain.call().isCanceled()) {
                    throw e;
                }
                log.debug("{} failed ({}); retry {} of {}", ctx.currentUrl(), e.toString(), attempt + 1, maxRetries);
                ctx.retried();
                sleep(backoff(attempt));
                continue;
            }
            int code = response.code();
            HostLimiter limiter = politeness.limiterFor(ctx.store(), host(ctx.currentUrl()));
            if (code == 429 || code == 503) {
                limiter.refused();
                if (limiter.blocked() && limiter == politeness.storeLimiter(ctx.store())) {
                    response.close();
                    throw new StoreBackoffException(ctx.store() + " keeps answering " + code + " although its delay "
                            + "has reached its ceiling (" + limiter.ceiling().toMillis() + " ms, stores." + ctx.store()
                            + ".max-delay): stopped as blocked; the next run resumes where this one stopped");
                }
                Optional<Duration> retryAfter = retryAfter(response.header("Retry-After"), Instant.now());
                if (retryAfter.isPresent() && retryAfter.get().compareTo(maxRetryAfter) > 0) {
                    response.close();
                    throw new StoreBackoffException(ctx.store() + " answered " + code + " with Retry-After "
                            + retryAfter.get().toSeconds() + " s, longer than fetch.max-retry-after ("
                            + maxRetryAfter.toSeconds() + " s)");
                }
                if (attempt >= maxRetries) {
                    return response;
                }
                response.close();
                ctx.retried();
                Duration wait = retryAfter.orElse(backoff(attempt));
                log.info("{} answered {}: waiting {} ms before retry {} of {} (delay now {} ms)", ctx.store(), code,
                        wait.toMillis(), attempt + 1, maxRetries, limiter.delay().toMillis());
                // the store's next request, whichever thread makes it, waits too
                limiter.pause(wait);
                continue;
            }
            if (code >= 500 && attempt < maxRetries) {
                response.close();
                ctx.retried();
                sleep(backoff(attempt));
                continue;
            }
            if (code < 500) {
                limiter.answered();
            }
            return response;
        }
    }

    /** base × 2^attempt, drawn uniformly from its upper half so that parallel retries spread out. */
    private Duration backoff(int attempt) {
        long base = backoff.toMillis() << Math.min(attempt, 16);
        return Duration.ofMillis(base / 2 + ThreadLocalRandom.current().nextLong(base / 2 + 1));
    }

    /** A Retry-After in seconds or as an HTTP date; empty when absent or unreadable. */
    static Optional<Duration> retryAfter(String value, Instant now) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String v = value.trim();
        if (v.chars().allMatch(Character::isDigit) && v.length() <= 9) {
            return Optional.of(Duration.ofSeconds(Long.parseLong(v)));
        }
        try {
            Instant at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            Duration d = Duration.between(now, at);
            return Optional.of(d.isNegative() ? Duration.ZERO : d);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static String host(String url) {
        HttpUrl u = HttpUrl.parse(url);
        return u == null ? "" : u.host();
    }

    private static void sleep(Duration d) throws InterruptedIOException {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while backing off");
        }
    }
}
