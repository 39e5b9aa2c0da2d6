package io.appaudit.indexer.checks.listing;

import io.appaudit.indexer.docs.ListingDocument;
import io.appaudit.stores.StoreId;
import io.appaudit.stores.kit.FilingNumbers;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/** What several listing checks read the same way: the filing number, the crawl date, text for word matching. */
final class ListingText {

    private ListingText() {
    }

    /** The filing number: the field, else the first filing-number-like text in the name or descriptions. */
    static Optional<String> filingNumber(ListingDocument d) {
        if (d.filingNumber() != null && !d.filingNumber().isBlank()) {
            return Optional.of(d.filingNumber().strip());
        }
        return Stream.of(d.shortDescription(), d.description(), d.name())
                .map(FilingNumbers::find).flatMap(Optional::stream).findFirst();
    }

    /** The day (China time) the snapshot was crawled. */
    static LocalDate crawlDate(ListingDocument d) {
        return d.timestamp().atZone(StoreId.CHINA).toLocalDate();
    }

    /** Text made comparable for word matching: full-width forms half-width, lower case. */
    static String fold(String s) {
        return s == null ? "" : Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }

    static boolean present(String s) {
        return s != null && !s.isBlank();
    }
}
