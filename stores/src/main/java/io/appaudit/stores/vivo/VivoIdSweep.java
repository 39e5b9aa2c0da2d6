package io.appaudit.stores.vivo;

import io.appaudit.stores.AppRef;
import io.appaudit.stores.DiscoveryChannel;
import io.appaudit.stores.DiscoveryOptions;
import io.appaudit.stores.DiscoveryResult;
import io.appaudit.stores.IdRange;
import io.appaudit.stores.ListItem;
import io.appaudit.stores.Listing;
import io.appaudit.stores.ListingResult;
import io.appaudit.stores.ParseProblem;
import io.appaudit.stores.StoreId;
import io.appaudit.stores.StoreRequest;
import io.appaudit.stores.StoreResponse;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Reads one reply of an id sweep: the detail reply of one id of the configured range, read as the detail reader reads
 * it. An app becomes a reference (its facts kept as a list item); a reply without an id is simply no app, never a
 * "not listed" answer (no app was expected there); the next id follows while the range goes on.
 */
final class VivoIdSweep {

    private final VivoUrls urls;
    private final VivoListingReader detail;

    VivoIdSweep(VivoUrls urls, VivoListingReader detail) {
        this.urls = urls;
        this.detail = detail;
    }

    /** Page 1 of the sweep: the range's first id. */
    List<StoreRequest> seeds(DiscoveryOptions options) {
        return options.idRange().map(r -> List.of(urls.sweep(r.from()))).orElse(List.of());
    }

    DiscoveryResult read(StoreRequest request, StoreResponse response, DiscoveryOptions options) {
        Optional<Long> id = VivoUrls.sweptId(request.url());
        Optional<IdRange> range = options.idRange().filter(r -> id.filter(r::contains).isPresent());
        if (range.isEmpty()) {
            return DiscoveryResult.failed(new ParseProblem(StoreId.VIVO, request.url(), request.url(),
                    ParseProblem.Kind.UNEXPECTED_FORMAT, List.of(), "not an id of the configured "
                    + "stores.vivo.id-range: " + request.url()));
        }
        long n = id.orElseThrow();
        Optional<StoreRequest> next = n < range.get().to() ? Optional.of(urls.sweep(n + 1)) : Optional.empty();
        DiscoveryChannel channel = DiscoveryChannel.idRange(range.get());
        String via = channel.label();
        ListingResult result = detail.read(AppRef.of(StoreId.VIVO, Long.toString(n)), List.of(response));
        if (result instanceof ListingResult.Problem p) {
            return DiscoveryResult.failed(p.problem());
        }
        if (result instanceof ListingResult.Listed listed) {
            Listing l = listed.listing();
            AppRef app = AppRef.of(StoreId.VIVO, Long.toString(n), l.packageName(), l.name().orElse(null), via)
                    .withItem(listItem(l));
            return DiscoveryResult.page(channel, List.of(app), next, OptionalLong.empty());
        }
        return DiscoveryResult.page(channel, List.of(), next, OptionalLong.empty());
    }

    /** What the detail reply said, kept as the app's list item should its listing fetch fail later. */
    private static ListItem listItem(Listing l) {
        return ListItem.builder().versionName(l.versionName().orElse(null)).downloads(l.downloads().orElse(null))
                .rating(l.rating().orElse(null)).developer(l.developer().orElse(null))
                .category(l.category().orElse(null)).updatedAt(l.updatedAt().orElse(null))
                .sizeBytes(l.sizeBytes().orElse(null)).build();
    }
}
