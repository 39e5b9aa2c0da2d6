package io.appaudit.indexer.checks.cross;

import io.appaudit.indexer.checks.AppQuarter;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A signer that changed between crawls of one store: the delivered APKs' signer identities (rotation joined) were
 * read over different spans of the quarter's crawls. Identities read over the very same span were read together in
 * every snapshot (an APK signed by several keys), which is not a change.
 */
final class SignerChange {

    private SignerChange() {
    }

    /** "a (first … last) → b (first … last)", oldest first, when the store's signer changed. */
    static Optional<String> within(AppQuarter app, SignerIdentities ids) {
        Map<String, Instant[]> spans = new HashMap<>();
        app.apks().signers().forEach((cert, s) -> spans.merge(ids.identity(cert), new Instant[] {s.first(), s.last()},
                (x, y) -> new Instant[] {min(x[0], y[0]), max(x[1], y[1])}));
        if (spans.size() < 2 || spans.values().stream().map(x -> x[0] + "/" + x[1]).distinct().count() < 2) {
            return Optional.empty();
        }
        List<Map.Entry<String, Instant[]>> ordered = spans.entrySet().stream()
                .sorted(Map.Entry.comparingByValue((x, y) -> x[0].compareTo(y[0]))).toList();
        return Optional.of(ordered.stream().map(e -> e.getKey() + " (" + e.getValue()[0] + " … " + e.getValue()[1] + ")")
                .collect(Collectors.joining(" → ")));
    }

    /** True when the app's signers were read on at least two crawls (so a change could have been seen). */
    static boolean readOnTwoCrawls(AppQuarter app) {
        return app.apks().signers().values().stream().anyMatch(s -> s.last().isAfter(s.first()));
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
