package io.appaudit.crawler.crawl;

import io.appaudit.crawler.config.CrawlHealthConfig;
import io.appaudit.crawler.crawl.AnswerTally.AnswerClass;
import io.appaudit.crawler.crawl.AnswerTally.Endpoint;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Judges a store's endpoints by how they answered: a detail endpoint that answers 404/410 far more often than the
 * store's apps go missing is gone (the store moved or dropped it), not a catalogue of removed apps; list or detail
 * pages that mostly fail to parse mean the store serves something the adapter cannot read.
 *
 * @param config      crawl.endpoint-gone-share and crawl.parse-problem-share
 * @param usualGone   the share of 404/410 answers to detail requests in the store's last healthy run, if known
 */
record EndpointJudge(CrawlHealthConfig config, OptionalDouble usualGone) {

    /** Fewer requests than this say too little about an endpoint to judge it. */
    static final int MIN_REQUESTS = 10;

    EndpointJudge {
        java.util.Objects.requireNonNull(config, "config");
        java.util.Objects.requireNonNull(usualGone, "usualGone");
    }

    /**
     * The share of 404/410 at and above which the detail endpoint is gone: the configured share, or when the last
     * healthy run already saw many, twice that run's share (at most all of them).
     */
    double goneShare() {
        return Math.min(1, Math.max(config.endpointGoneShare(), 2 * usualGone.orElse(0)));
    }

    /** Why the detail endpoint is gone, in words; empty while it is not (or too few detail requests were made). */
    Optional<String> detailGone(AnswerTally t) {
        long requests = t.requests(Endpoint.DETAIL);
        long gone = t.get(Endpoint.DETAIL, AnswerClass.GONE);
        if (requests < MIN_REQUESTS || gone == 0 || gone < goneShare() * requests) {
            return Optional.empty();
        }
        String usual = usualGone.isPresent() ? ", where the last healthy run saw "
                + CrawlHealthConfig.percent(usualGone.getAsDouble()) : "";
        return Optional.of(String.format(Locale.ROOT, "detail endpoint answers 404/410 for %d of %d apps the lists "
                        + "show (%s, at or over crawl.endpoint-gone-share %s%s): endpoint gone or adapter broken, no "
                        + "app recorded as not listed", gone, requests, CrawlHealthConfig.percent((double) gone / requests),
                CrawlHealthConfig.percent(config.endpointGoneShare()), usual));
    }

    /** Why the pages of an endpoint cannot be read, in words; empty while most can. */
    Optional<String> unreadable(AnswerTally t, Endpoint e) {
        long answered = t.requests(e) - t.get(e, AnswerClass.TRANSPORT);
        long problems = t.get(e, AnswerClass.PARSE_PROBLEM);
        if (answered < MIN_REQUESTS || problems == 0 || problems < config.parseProblemShare() * answered) {
            return Optional.empty();
        }
        return Optional.of(String.format(Locale.ROOT, "%s pages: %d of %d could not be read (%s, at or over "
                        + "crawl.parse-problem-share %s)", e.label(), problems, answered,
                CrawlHealthConfig.percent((double) problems / answered),
                CrawlHealthConfig.percent(config.parseProblemShare())));
    }

    /** The detail endpoint answered as a working one: its "not listed" answers can be recorded. */
    boolean detailHealthy(AnswerTally t) {
        return detailGone(t).isEmpty() && unreadable(t, Endpoint.DETAIL).isEmpty();
    }

    /** Every endpoint problem of the run, in words; empty when there is none. */
    List<String> problems(AnswerTally t) {
        List<String> out = new ArrayList<>();
        detailGone(t).ifPresent(out::add);
        unreadable(t, Endpoint.LIST).ifPresent(out::add);
        unreadable(t, Endpoint.DETAIL).ifPresent(out::add);
        return out;
    }
}
