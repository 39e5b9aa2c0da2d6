package io.appaudit.crawler.crawl;

import java.util.Objects;
import java.util.Optional;

/**
 * What one discovery list (a channel: a category, a keyword search, an app's related apps, an id range) gave in a
 * run, kept in the crawl state so that a resumed run goes on counting: the distinct apps it listed, the pages fetched
 * of it, how many new apps its last page still brought, and why it was not followed further.
 *
 * @param kind    {@code category}, {@code search}, {@code related}, {@code id_range}, or {@code unknown} for a list
 *                whose first page could not be read
 * @param key     the category id, keyword, app id or range (from configuration or store pages: untrusted text)
 * @param pages   pages fetched of the list (the position of its last page handled)
 * @param lastNew apps the last page handled added to the list
 * @param stop    why the list was not followed further; {@link Stop#WALKING} while its next page is pending
 */
public record ChannelTally(String kind, String key, long apps, long pages, long lastNew, Stop stop) {

    /** Why a list's walk ended. */
    public enum Stop {
        WALKING("walking"), ENDED("list ended"), NOTHING_NEW("nothing new"), MAX_PAGES("max pages"),
        PAGE_CAP("max discovery pages"), MAX_APPS("max apps"), FAILED("page failed");

        private final String words;

        Stop(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    /** Whether more paging of the list could find more apps. */
    public enum Saturation {
        /** The list ended, or its last page brought nothing new. */
        SATURATED,
        /** The walk stopped at a bound while the list was still bringing new apps. */
        NOT_SATURATED,
        /** Not evaluated: the walk was cut short (a failed page, the run's max-apps, the run stopped mid-list). */
        UNKNOWN;

        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public ChannelTally {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(stop, "stop");
        if (apps < 0 || pages < 0 || lastNew < 0) {
            throw new IllegalArgumentException("Channel counts must not be negative");
        }
    }

    /**
     * The tally after one more page of the list: its channel (the page's, else what earlier pages said, else
     * unknown), its apps grown by the page's new ones.
     *
     * @param chain the list's chain key, naming a list whose channel no page could tell
     */
    static ChannelTally after(Optional<ChannelTally> before, Optional<io.appaudit.stores.DiscoveryChannel> channel,
                              String chain, int depth, int fresh, Stop stop) {
        String kind = channel.map(c -> c.kind().id()).or(() -> before.map(ChannelTally::kind)).orElse("unknown");
        String key = channel.map(io.appaudit.stores.DiscoveryChannel::key).or(() -> before.map(ChannelTally::key))
                .orElse(chain);
        long apps = before.map(ChannelTally::apps).orElse(0L) + fresh;
        return new ChannelTally(kind, key, apps, depth + 1L, fresh, stop);
    }

    public Saturation saturation() {
        return switch (stop) {
            case ENDED, NOTHING_NEW -> Saturation.SATURATED;
            case MAX_PAGES, PAGE_CAP -> lastNew > 0 ? Saturation.NOT_SATURATED : Saturation.UNKNOWN;
            case WALKING, MAX_APPS, FAILED -> Saturation.UNKNOWN;
        };
    }

    /** {@code kind:key}. */
    public String label() {
        return kind + ":" + key;
    }

    /** One line of the crawl state: the key last, so that it may hold any character. */
    String encode() {
        return kind + '\t' + apps + '\t' + pages + '\t' + lastNew + '\t' + stop.name() + '\t' + key;
    }

    static Optional<ChannelTally> decode(String line) {
        String[] f = line.split("\t", 6);
        if (f.length != 6) {
            return Optional.empty();
        }
        try {
            return Optional.of(new ChannelTally(f[0], f[5], Long.parseLong(f[1]), Long.parseLong(f[2]),
                    Long.parseLong(f[3]), Stop.valueOf(f[4])));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
