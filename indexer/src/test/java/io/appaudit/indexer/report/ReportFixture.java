package io.appaudit.indexer.report;

import io.appaudit.indexer.ElasticConnection;
import io.appaudit.indexer.TestElasticsearch;
import io.appaudit.indexer.checks.CheckContext;
import io.appaudit.indexer.layout.IndexLayout;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

/** The report corpus in the test node, checked, and its report written to a folder: what the report tests read. */
final class ReportFixture implements AutoCloseable {

    static final Instant GENERATED = Instant.parse("2026-12-01T01:00:00Z");

    final ElasticConnection es;
    final IndexLayout layout;
    final CheckContext context;
    final ReportData data;
    final ReportWriter.Written written;
    final Path out;

    ReportFixture(String name, Path dir) {
        es = ElasticConnection.open(TestElasticsearch.config(name));
        try {
            layout = new IndexLayout(es.config().indexPrefix());
            layout.install(es);
            context = ReportCorpus.context(dir);
            ReportCorpus.seed(es, layout, context);
            ReportReader reader = new ReportReader(es, layout, context, new ReportConfig(Optional.empty(), 4));
            data = reader.read(ReportCorpus.Q, GENERATED);
            out = dir.resolve("report");
            written = new ReportWriter().write(data, reader.evidence(ReportCorpus.Q), out);
        } catch (IOException e) {
            close();
            throw new UncheckedIOException(e);
        }
    }

    String read(String file) {
        try {
            return Files.readString(out.resolve(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        TestElasticsearch.cleanUp(es);
        es.close();
    }
}
