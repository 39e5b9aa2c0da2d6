package io.appaudit.crawler.crawl;

import io.appaudit.stores.StoreRequest;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * How a store answered one run, per endpoint kind and class of answer: each request counts once, with its final
 * answer (after retries and redirects); a page the adapter could not read counts once more as a parse problem.
 * Saved with the run's counters, so that a resumed run adds up.
 */
public final class AnswerTally {

    /** What a request was for. */
    public enum Endpoint {
        /** Discovery: category, ranking, feed and search pages. */
        LIST,
        /** The main source of a listing (a store's detail page or API). */
        DETAIL,
        /** A second source of a listing (Tencent's a.app.qq.com page, OPPO's landing page beside its API). */
        SUPPLEMENT,
        /** Download links, privacy policies and developer sites a listing names. */
        PROBE;

        /** The endpoint a store request goes to; empty for a session token request (not an endpoint of listings). */
        public static Optional<Endpoint> of(StoreRequest.Purpose purpose) {
            return switch (purpose) {
                case DISCOVERY -> Optional.of(LIST);
                case LISTING -> Optional.of(DETAIL);
                case SUPPLEMENT -> Optional.of(SUPPLEMENT);
                case TOKEN -> Optional.empty();
            };
        }

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** A class of answer; {@link #label()} is how people read it, {@link #field()} the crawl-run document's name. */
    public enum AnswerClass {
        OK("2xx", "ok_2xx"),
        REDIRECT("3xx", "redirect_3xx"),
        GONE("404/410", "gone_404_410"),
        TOO_MANY("429", "too_many_429"),
        OTHER_CLIENT("other 4xx", "other_4xx"),
        SERVER("5xx", "server_5xx"),
        TRANSPORT("transport failure", "transport_failure"),
        PARSE_PROBLEM("parse problem", "parse_problem");

        private final String label;
        private final String field;

        AnswerClass(String label, String field) {
            this.label = label;
            this.field = field;
        }

        public String label() {
            return label;
        }

        public String field() {
            return field;
        }

        /** The class of an HTTP status. */
        public static AnswerClass of(int status) {
            if (status == 404 || status == 410) {
                return GONE;
            }
            if (status == 429) {
                return TOO_MANY;
            }
            if (status >= 500) {
                return SERVER;
            }
            if (status >= 400) {
                return OTHER_CLIENT;
            }
            return status >= 300 ? REDIRECT : OK;
        }
    }

    private static final String PREFIX = "answers.";

    private final Map<Endpoint, Map<AnswerClass, AtomicLong>> counts = new EnumMap<>(Endpoint.class);

    public AnswerTally() {
        for (Endpoint e : Endpoint.values()) {
            Map<AnswerClass, AtomicLong> m = new EnumMap<>(AnswerClass.class);
            for (AnswerClass c : AnswerClass.values()) {
                m.put(c, new AtomicLong());
            }
            counts.put(e, m);
        }
    }

    public long get(Endpoint e, AnswerClass c) {
        return counts.get(e).get(c).get();
    }

    /** Requests of the endpoint that got an answer or failed in transport (parse problems are not requests). */
    public long requests(Endpoint e) {
        long n = 0;
        for (AnswerClass c : AnswerClass.values()) {
            n += c == AnswerClass.PARSE_PROBLEM ? 0 : get(e, c);
        }
        return n;
    }

    void add(Endpoint e, AnswerClass c) {
        counts.get(e).get(c).incrementAndGet();
    }

    void answered(Endpoint e, int status) {
        add(e, AnswerClass.of(status));
    }

    /** The counts of one endpoint by {@link AnswerClass#field()}, zeros left out; empty when it had no requests. */
    public Map<String, Long> fields(Endpoint e) {
        Map<String, Long> m = new LinkedHashMap<>();
        counts.get(e).forEach((c, v) -> {
            if (v.get() > 0) {
                m.put(c.field(), v.get());
            }
        });
        return m;
    }

    /** {@code 2xx 9, 404/410 3, transport failure 1}; {@code none} when the endpoint had nothing. */
    public String line(Endpoint e) {
        StringBuilder sb = new StringBuilder();
        counts.get(e).forEach((c, v) -> {
            if (v.get() > 0) {
                sb.append(sb.length() == 0 ? "" : ", ").append(c.label()).append(' ').append(v.get());
            }
        });
        return sb.length() == 0 ? "none" : sb.toString();
    }

    void saveTo(Map<String, Long> out) {
        counts.forEach((e, m) -> m.forEach((c, v) -> out.put(PREFIX + e.label() + "." + c.field(), v.get())));
    }

    /** Loads a saved value; false when the key is not one of the tally's. */
    boolean load(String key, long value) {
        if (!key.startsWith(PREFIX)) {
            return false;
        }
        String[] parts = key.substring(PREFIX.length()).split("\\.", 2);
        for (Endpoint e : Endpoint.values()) {
            for (AnswerClass c : AnswerClass.values()) {
                if (parts.length == 2 && e.label().equals(parts[0]) && c.field().equals(parts[1])) {
                    counts.get(e).get(c).set(value);
                    return true;
                }
            }
        }
        return true;
    }
}
