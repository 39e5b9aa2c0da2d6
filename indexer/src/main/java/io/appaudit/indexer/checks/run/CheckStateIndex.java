package io.appaudit.indexer.checks.run;

import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch.core.GetResponse;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import io.appaudit.indexer.ElasticConnection;
import io.appaudit.indexer.checks.CheckConfig;
import io.appaudit.indexer.checks.CheckId;
import io.appaudit.indexer.docs.Fields;
import io.appaudit.indexer.docs.Quarter;
import io.appaudit.indexer.layout.IndexLayout;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The state of each quarter's app-quarter documents ({@code <prefix>-check-state}, one document per quarter), and
 * the fingerprint of what they would be built from now.
 */
public final class CheckStateIndex {

    private final ElasticConnection es;
    private final IndexLayout layout;

    public CheckStateIndex(ElasticConnection es, IndexLayout layout) {
        this.es = es;
        this.layout = layout;
    }

    /** The state of the quarter's last build; empty when there was none (or its index is gone: build it all). */
    public Optional<CheckState> read(Quarter quarter) throws IOException {
        GetResponse<CheckState> r;
        try {
            r = es.client().get(g -> g.index(layout.checkStateIndex()).id(quarter.toString()), CheckState.class);
        } catch (co.elastic.clients.elasticsearch._types.ElasticsearchException e) {
            if ("index_not_found_exception".equals(e.error().type())) {
                return Optional.empty();
            }
            throw e;
        }
        return r.found() ? Optional.ofNullable(r.source()) : Optional.empty();
    }

    public void write(CheckState state) throws IOException {
        es.client().index(i -> i.index(layout.checkStateIndex()).id(state.quarter()).document(state)
                .refresh(co.elastic.clients.elasticsearch._types.Refresh.True));
    }

    /** The state a build would have now (apps and packages still 0): listings, previous findings, configuration. */
    public CheckState now(Quarter quarter, CheckConfig config, String builtBy) throws IOException {
        SearchResponse<Void> listings = es.client().search(s -> s.index(layout.listingsIndices(quarter))
                .ignoreUnavailable(true).allowNoIndices(true).size(0).trackTotalHits(t -> t.enabled(true))
                .query(q -> q.term(t -> t.field(Fields.QUARTER).value(quarter.toString())))
                .aggregations("latest", a -> a.max(m -> m.field(Fields.TIMESTAMP))), Void.class);
        long count = listings.hits().total() == null ? 0 : listings.hits().total().value();
        Optional<Instant> latest = Optional.ofNullable(listings.aggregations().get("latest"))
                .map(Aggregate::max).filter(m -> count > 0 && Double.isFinite(m.value()))
                .map(m -> Instant.ofEpochMilli((long) m.value()));
        long previous = es.client().count(c -> c.index(layout.findingsIndex()).ignoreUnavailable(true)
                .query(q -> q.term(t -> t.field(Fields.QUARTER).value(quarter.previous().toString())))).count();
        return new CheckState(Instant.now(), quarter.toString(), configHash(config), count, latest.orElse(null),
                previous, 0, 0, builtBy);
    }

    /**
     * A digest of the effective check configuration: every setting, the contents of the user files, and the
     * registered checks and the app-quarter documents' format (a new check, a changed file or a new format makes
     * every app be evaluated again).
     */
    public static String configHash(CheckConfig config) {
        try {
            MessageDigest d = MessageDigest.getInstance("SHA-256");
            d.update(config.toString().getBytes(StandardCharsets.UTF_8));
            d.update(Arrays.toString(CheckId.values()).getBytes(StandardCharsets.UTF_8));
            d.update(("app-quarter format " + AppQuarterDocument.FORMAT).getBytes(StandardCharsets.UTF_8));
            for (Optional<Path> file : java.util.List.of(config.groupFile(), config.registryFile(),
                    config.noticeFile())) {
                d.update((byte) 0);
                if (file.isPresent() && Files.isRegularFile(file.get())) {
                    d.update(Files.readAllBytes(file.get()));
                }
            }
            return HexFormat.of().formatHex(d.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
