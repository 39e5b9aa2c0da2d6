package io.appaudit.indexer.bench;

import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.appaudit.indexer.ElasticConfig;
import io.appaudit.indexer.ElasticConnection;
import io.appaudit.indexer.Listings;
import io.appaudit.indexer.docs.ListingDocument;
import io.appaudit.indexer.docs.ListingDocuments;
import io.appaudit.indexer.ingest.BulkSink;
import io.appaudit.indexer.layout.IndexLayout;
import io.appaudit.stores.ListingResult;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.elasticsearch.client.Request;

/**
 * Issue 2's benchmark: the same synthetic listing snapshots indexed through appaudit's BulkIngester sink and as
 * raw NDJSON {@code _bulk} requests sent with curl, into the same node in the same run. Run with
 * {@code bench/ingest.sh [URL] [COUNT]}.
 */
public final class IngestBenchmark {

    private IngestBenchmark() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        URI url = URI.create(args.length > 0 ? args[0] : "http://127.0.0.1:9200");
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        ElasticConfig base = io.appaudit.indexer.TestElasticsearch.config("bench").withUrls(List.of(url));
        Instant run = Instant.parse("2026-11-20T00:00:00Z");
        List<ListingDocument> docs = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            var l = Listings.synthetic(i, run.plusMillis(i));
            docs.add(ListingDocuments.snapshot(new ListingResult.Listed(l), "bench", l.fetchedAt(), Optional.empty(),
                    false));
        }
        System.out.printf("appaudit ingest benchmark: %,d listing snapshots, %d rounds, node %s%n", n, rounds, url);
        try (ElasticConnection es = ElasticConnection.open(base)) {
            IndexLayout layout = new IndexLayout(base.indexPrefix());
            layout.install(es);
            ObjectMapper mapper = es.mapper();
            Path dir = Files.createTempDirectory("appaudit-bulk-");
            List<Path> chunks = ndjson(docs, mapper, dir, layout.prefix() + "-listings-curl",
                    base.ingest().maxOperations());
            double ingesterBest = 0;
            double curlBest = 0;
            for (int r = 1; r <= rounds; r++) {
                String a = layout.prefix() + "-listings-ingester";
                String b = layout.prefix() + "-listings-curl";
                recreate(es, a);
                recreate(es, b);
                long t0 = System.nanoTime();
                try (BulkSink sink = new BulkSink(es, base.ingest())) {
                    for (ListingDocument d : docs) {
                        sink.add(BulkOperation.of(o -> o.index(x -> x.index(a).id(d.snapshotId()).document(d))), a,
                                d.snapshotId());
                    }
                    sink.flush(Duration.ofMinutes(10));
                    if (sink.stats().indexed() != n) {
                        throw new IllegalStateException("ingester indexed " + sink.stats().indexed() + " of " + n);
                    }
                }
                double ingester = n / seconds(t0);
                long t1 = System.nanoTime();
                for (Path chunk : chunks) {
                    Process p = new ProcessBuilder("curl", "-sS", "-o", "/dev/null", "-w", "%{http_code}",
                            "-H", "Content-Type: application/x-ndjson", "-XPOST", url + "/_bulk",
                            "--data-binary", "@" + chunk).start();
                    String code = new String(p.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);
                    if (p.waitFor() != 0 || !code.equals("200")) {
                        throw new IllegalStateException("curl _bulk answered " + code);
                    }
                }
                double curl = n / seconds(t1);
                checkCount(es, a, n);
                checkCount(es, b, n);
                System.out.printf("round %d: ingester %,.0f docs/s, curl _bulk %,.0f docs/s, ratio %.2f%n", r,
                        ingester, curl, ingester / curl);
                ingesterBest = Math.max(ingesterBest, ingester);
                curlBest = Math.max(curlBest, curl);
            }
            System.out.printf("best: ingester %,.0f docs/s, curl _bulk %,.0f docs/s, ratio %.2f%n", ingesterBest,
                    curlBest, ingesterBest / curlBest);
            es.rest().performRequest(new Request("DELETE", "/" + layout.prefix() + "-*"));
        }
    }

    private static List<Path> ndjson(List<ListingDocument> docs, ObjectMapper mapper, Path dir, String index,
                                     int perChunk) throws IOException {
        List<Path> chunks = new ArrayList<>();
        StringBuilder sb = new StringBuilder();
        int inChunk = 0;
        for (ListingDocument d : docs) {
            sb.append("{\"index\":{\"_index\":\"").append(index).append("\",\"_id\":\"").append(d.snapshotId())
                    .append("\"}}\n").append(mapper.writeValueAsString(d)).append('\n');
            if (++inChunk == perChunk) {
                chunks.add(write(dir, chunks.size(), sb));
                sb.setLength(0);
                inChunk = 0;
            }
        }
        if (inChunk > 0) {
            chunks.add(write(dir, chunks.size(), sb));
        }
        return chunks;
    }

    private static Path write(Path dir, int i, StringBuilder sb) throws IOException {
        Path p = dir.resolve("chunk-" + i + ".ndjson");
        Files.writeString(p, sb, StandardCharsets.UTF_8);
        return p;
    }

    private static void recreate(ElasticConnection es, String index) throws IOException {
        Request del = new Request("DELETE", "/" + index);
        del.addParameter("ignore", "404");
        es.rest().performRequest(del);
        es.rest().performRequest(new Request("PUT", "/" + index));
    }

    private static void checkCount(ElasticConnection es, String index, int n) throws IOException {
        es.rest().performRequest(new Request("POST", "/" + index + "/_refresh"));
        long c = es.mapper().readTree(es.rest().performRequest(new Request("GET", "/" + index + "/_count"))
                .getEntity().getContent()).path("count").asLong();
        if (c != n) {
            throw new IllegalStateException(index + " holds " + c + " documents, expected " + n);
        }
    }

    private static double seconds(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }
}
