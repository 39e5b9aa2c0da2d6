package io.appaudit.crawler.cli;

import io.appaudit.crawler.apk.ApkEvidenceSection;
import io.appaudit.crawler.config.AppauditConfig;
import io.appaudit.crawler.evidence.CapturedExchange;
import io.appaudit.crawler.evidence.EvidenceFinder;
import io.appaudit.crawler.evidence.TerminalText;
import io.appaudit.crawler.evidence.WarcArchive;
import io.appaudit.indexer.ElasticSession;
import io.appaudit.indexer.docs.SnapshotEvidence;
import io.appaudit.stores.StoreId;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code appaudit evidence}: prints the captured exchange behind a listing snapshot, an app or a URL. */
@Command(name = "evidence", mixinStandardHelpOptions = true,
        description = "Print the captured exchange (request, response headers and decoded body) that proves a listing. "
                + "A snapshot id or store app id is looked up in Elasticsearch; a URL or WARC record id is found by "
                + "scanning the WARC files. For a snapshot, what was read of the APKs its downloads delivered follows "
                + "(the facts and each byte-range exchange). Exit code 1 when nothing is found.")
final class EvidenceCommand implements Callable<Integer> {

    private static final Pattern RECORD_ID = Pattern.compile("<?urn:uuid:[0-9a-fA-F-]{36}>?");

    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;
    @Mixin
    DemoOption demo;

    @Parameters(paramLabel = "ID_OR_URL", description = "A snapshot id, a store app id (package, C<digits>, number), "
            + "a URL, or a WARC record id (<urn:uuid:…>).")
    String target;

    @Option(names = "--store", paramLabel = "STORE", description = "Look only at this store.")
    String store;

    @Option(names = "--max-body", paramLabel = "BYTES", defaultValue = "1048576",
            description = "Print at most this many bytes of the decoded body (default: ${DEFAULT-VALUE}).")
    int maxBody;

    @Override
    public Integer call() throws IOException {
        AppauditConfig config = demo.config(main);
        List<StoreId> stores = store == null ? Arrays.asList(StoreId.values()) : List.of(StoreId.of(store));
        PrintWriter out = spec.commandLine().getOut();
        try (WarcArchive archive = new WarcArchive(config.dataDir().resolve("warc"), config.fetch().warcMaxSize())) {
            EvidenceFinder finder = new EvidenceFinder(archive);
            Optional<CapturedExchange> found;
            Optional<String> indexedDigest = Optional.empty();
            Optional<SnapshotEvidence.Found> indexed = Optional.empty();
            if (RECORD_ID.matcher(target.trim()).matches()) {
                found = finder.byRecordId(stores, target.trim().replaceAll("^<|>$", ""));
            } else if (target.startsWith("http://") || target.startsWith("https://")) {
                found = finder.latest(stores, target.trim());
            } else {
                Optional<SnapshotEvidence.Found> hit = lookUp(config, target.trim());
                if (hit.isEmpty()) {
                    throw new Main.CommandFailure("No listing snapshot with id or store app id '" + target
                            + "' in Elasticsearch (" + config.elastic().indexPrefix() + "-listings-*)");
                }
                indexedDigest = Optional.of(hit.get().payloadSha256());
                indexed = hit;
                found = finder.inFile(hit.get().store(), hit.get().warcFile(), hit.get().recordId());
            }
            if (found.isEmpty()) {
                throw new Main.CommandFailure("No captured exchange for '" + target + "' in "
                        + config.dataDir().resolve("warc"));
            }
            print(out, found.get(), indexedDigest, config.fetch().maxBodySize());
            if (indexed.isPresent()) {
                ApkEvidenceSection.print(out, indexed.get().source(), finder, indexed.get().store());
            }
            return 0;
        }
    }

    /** A body with NUL bytes near its start (an APK's bytes, an image) is not text. */
    private static boolean binary(byte[] body) {
        for (int i = 0; i < Math.min(body.length, 1024); i++) {
            if (body[i] == 0) {
                return true;
            }
        }
        return false;
    }

    private Optional<SnapshotEvidence.Found> lookUp(AppauditConfig config, String id) throws IOException {
        try (ElasticSession es = ElasticSession.open(config.elastic())) {
            return new SnapshotEvidence(es.connection(), es.layout())
                    .latest(id, Optional.ofNullable(store).map(StoreId::of));
        }
    }

    private void print(PrintWriter out, CapturedExchange c, Optional<String> indexedDigest, long limitOfDecoding)
            throws IOException {
        out.println("WARC file   " + c.file() + " @ " + c.offset());
        out.println("record      " + c.recordId() + "  captured " + c.date());
        out.println("URL         " + TerminalText.escape(c.targetUrl()));
        c.canonicalUrl().ifPresent(u -> out.println("store URL   " + TerminalText.escape(u)));
        String digest = c.payloadSha256();
        out.println("payload     sha256 " + digest + indexedDigest.map(d -> d.equals(digest)
                ? "  (matches the listing's evidence)" : "  (DOES NOT MATCH the listing's evidence " + d + ")")
                .orElse("") + (c.truncated() ? "  [truncated at capture]" : ""));
        out.println();
        out.println("== request");
        out.println(TerminalText.escape(c.request().orElse("(the request record is missing)")).stripTrailing());
        out.println();
        out.println("== response");
        out.println("HTTP " + c.status() + " " + TerminalText.escape(c.reason()));
        for (Map.Entry<String, String> h : c.headers()) {
            out.println(TerminalText.escape(h.getKey() + ": " + h.getValue()));
        }
        out.println();
        byte[] body;
        try {
            body = c.decodedBody(Math.max(limitOfDecoding, maxBody));
        } catch (IOException e) {
            out.println("(the body could not be decoded: " + e.getMessage() + "; raw bytes follow)");
            body = c.payload();
        }
        if (binary(body)) {
            out.println("(" + body.length + " bytes of binary content, not printed)");
            out.flush();
            return;
        }
        int shown = Math.min(body.length, Math.max(0, maxBody));
        out.println(TerminalText.escape(new String(body, 0, shown, StandardCharsets.UTF_8)));
        if (shown < body.length) {
            out.println("… (" + (body.length - shown) + " more bytes; --max-body to see them)");
        }
        out.flush();
    }
}
