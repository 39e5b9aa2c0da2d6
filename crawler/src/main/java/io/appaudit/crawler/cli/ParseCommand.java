package io.appaudit.crawler.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.appaudit.crawler.Adapters;
import io.appaudit.indexer.DocumentMapper;
import io.appaudit.stores.AppRef;
import io.appaudit.stores.DiscoveryOptions;
import io.appaudit.stores.DiscoveryResult;
import io.appaudit.stores.ListingResult;
import io.appaudit.stores.StoreAdapter;
import io.appaudit.stores.StoreId;
import io.appaudit.stores.StoreRequest;
import io.appaudit.stores.StoreResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code appaudit parse}: reads a saved store response with the store's adapter and prints what it makes of it. */
@Command(name = "parse", mixinStandardHelpOptions = true,
        description = {"Parse a saved store response and print the listing, the 'not listed' answer or the parse "
                + "problem as JSON: the way to see what an adapter makes of a page when a store changes its layout.",
                "Example: appaudit parse --store huawei getTabDetail_C5683.json"})
final class ParseCommand implements Callable<Integer> {

    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    @Option(names = "--store", required = true, paramLabel = "STORE", description = "tencent, xiaomi, oppo, huawei or vivo.")
    String store;

    @Option(names = "--url", paramLabel = "URL", description = "The URL the response came from (names the app, and is recorded as the source).")
    String url;

    @Option(names = "--app-id", paramLabel = "ID", description = "The store's key of the app (package for Tencent and Xiaomi, C<digits> for Huawei, numeric id for vivo and OPPO).")
    String appId;

    @Option(names = "--as", paramLabel = "KIND", defaultValue = "auto",
            description = "listing, discovery, or auto (default: a listing, else a discovery page).")
    String as;

    @Option(names = "--supplement", paramLabel = "FILE", description = "A saved supplementary response (Tencent's a.app.qq.com page).")
    List<Path> supplements = new ArrayList<>();

    @Parameters(index = "0", paramLabel = "FILE", description = "The saved response body.")
    Path file;

    @Override
    public Integer call() throws IOException {
        StoreId id = StoreId.of(store);
        StoreAdapter adapter = Adapters.create(id, main.config());
        if (Files.isDirectory(file)) {
            throw new Main.CommandFailure(file + " is a folder, a file is needed: give the path of a saved response body");
        }
        if (!Files.isReadable(file)) {
            throw new Main.CommandFailure("Cannot read " + file + ": give the path of a saved response body");
        }
        long limit = main.config().fetch().maxBodySize();
        byte[] body = readBounded(file, limit);
        String key = Optional.ofNullable(appId)
                .or(() -> Optional.ofNullable(url).flatMap(u -> ListingUrls.appId(id, u)))
                .or(() -> ListingUrls.sniff(id, new String(body, StandardCharsets.UTF_8)))
                .orElse(ListingUrls.placeholder(id));
        AppRef ref = AppRef.of(id, key);
        String source = Optional.ofNullable(url).orElseGet(() -> adapter.listingRequests(ref).get(0).url());
        Instant now = Instant.now();
        StoreResponse primary = StoreResponse.ok(source, body, now);
        ObjectMapper json = DocumentMapper.create().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode out = json.createObjectNode();
        out.put("store", id.id());
        out.put("file", file.toString());
        if (!"discovery".equals(as)) {
            List<StoreResponse> responses = new ArrayList<>(List.of(primary));
            for (Path s : supplements) {
                responses.add(StoreResponse.ok(source, readBounded(s, limit), now));
            }
            ListingResult r = adapter.parseListing(ref, responses);
            if ("listing".equals(as) || r instanceof ListingResult.Listed || r instanceof ListingResult.NotListed) {
                out.set("listing", json.valueToTree(describe(r)));
                print(json, out);
                return 0;
            }
            out.set("as_listing", json.valueToTree(describe(r)));
        }
        DiscoveryResult d = discovery(adapter, id, body, now);
        out.set("discovery", json.valueToTree(Map.of(
                "apps", d.apps(),
                "next", d.next().stream().map(StoreRequest::toString).toList(),
                "total_apps", d.totalApps().isPresent() ? d.totalApps().getAsLong() : "unknown",
                "problem", d.problem().map(p -> (Object) p).orElse("none"))));
        print(json, out);
        return 0;
    }

    /**
     * The file's bytes, refused past fetch.max-body-size: the crawler never reads a store reply larger than that, and
     * a device such as /dev/zero has no end.
     */
    private static byte[] readBounded(Path f, long limit) throws IOException {
        try (InputStream in = Files.newInputStream(f)) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
            if (bytes.length > limit) {
                throw new Main.CommandFailure(f + " is larger than fetch.max-body-size (" + limit + " bytes), the "
                        + "most the crawler reads of a store reply: raise fetch.max-body-size to parse it");
            }
            return bytes;
        }
    }

    /**
     * Reads the file as the answer to the request given by --url, or else to each kind of discovery request the
     * adapter makes (its seeds), keeping the first reading that is not a problem.
     */
    private DiscoveryResult discovery(StoreAdapter adapter, StoreId id, byte[] body, Instant now) {
        // One keyword, so that stores which search have a search request among their seeds.
        DiscoveryOptions options = new DiscoveryOptions(List.of(), List.of("appaudit"), 30);
        List<StoreRequest> candidates = url != null
                ? List.of(StoreRequest.get(id, StoreRequest.Purpose.DISCOVERY, url))
                : adapter.discoverySeeds(options);
        DiscoveryResult first = null;
        java.util.Set<String> triedPaths = new java.util.HashSet<>();
        for (StoreRequest req : candidates) {
            java.net.URI u = java.net.URI.create(req.url());
            if (!triedPaths.add(u.getHost() + u.getPath())) {
                continue;
            }
            DiscoveryResult d = adapter.parseDiscovery(req, new StoreResponse(req.url(), 200, Map.of(), body, now),
                    options);
            if (d.problem().isEmpty()) {
                return d;
            }
            if (first == null) {
                first = d;
            }
        }
        return first != null ? first
                : adapter.parseDiscovery(StoreRequest.get(id, StoreRequest.Purpose.DISCOVERY, url == null
                        ? "https://invalid.example/" : url), StoreResponse.ok("https://invalid.example/", body, now),
                        options);
    }

    private static Object describe(ListingResult r) {
        if (r instanceof ListingResult.Listed l) {
            return Map.of("outcome", "listed", "value", l.listing());
        }
        if (r instanceof ListingResult.NotListed n) {
            return Map.of("outcome", "not_listed", "value", n);
        }
        return Map.of("outcome", "parse_problem", "value", ((ListingResult.Problem) r).problem());
    }

    private void print(ObjectMapper json, ObjectNode out) throws IOException {
        spec.commandLine().getOut().println(json.writeValueAsString(out));
        spec.commandLine().getOut().flush();
    }
}
