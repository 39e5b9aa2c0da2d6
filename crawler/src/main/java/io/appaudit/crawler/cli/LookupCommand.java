package io.appaudit.crawler.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.appaudit.crawler.config.AppauditConfig;
import io.appaudit.crawler.lookup.LookupEntry;
import io.appaudit.crawler.lookup.LookupJson;
import io.appaudit.crawler.lookup.LookupRequest;
import io.appaudit.crawler.lookup.LookupRun;
import io.appaudit.crawler.lookup.LookupSession;
import io.appaudit.crawler.lookup.LookupStatus;
import io.appaudit.crawler.lookup.LookupTable;
import io.appaudit.indexer.DocumentMapper;
import io.appaudit.indexer.ElasticSession;
import io.appaudit.indexer.checks.CsvFile;
import io.appaudit.indexer.checks.ListingChecks;
import io.appaudit.indexer.checks.UserFileException;
import io.appaudit.stores.StoreId;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code appaudit lookup}: asks each store about named apps now, with evidence, and shows the answers side by side. */
@Command(name = "lookup", mixinStandardHelpOptions = true,
        description = {"Ask each enabled store now whether it lists the named apps: Tencent and Xiaomi by package, "
                + "Huawei, vivo and OPPO by search with a strict package match. Each answer is listed / not listed "
                + "(the store said so) / not found by search / could not tell, with developer, version, update date, "
                + "the listing checks and the evidence record; listings are indexed like a crawl's.",
                "A word that is not a package name is an app's name: it is resolved through the stores' searches "
                        + "and looked up only when the match is sure.",
                "Example: appaudit lookup com.tencent.mm 支付宝 --store tencent,huawei"})
final class LookupCommand implements Callable<Integer> {

    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "APP", arity = "0..*", description = "Package names, or app names.")
    List<String> apps = new ArrayList<>();

    @Option(names = "--file", paramLabel = "FILE", description = "A CSV (UTF-8) of apps with the columns package, "
            + "name and developer (each row needs a package or a name).")
    Path file;

    @Option(names = "--store", split = ",", paramLabel = "STORE",
            description = "Stores to ask (tencent, xiaomi, oppo, huawei, vivo). Default: every enabled store.")
    List<String> stores;

    @Option(names = "--json", description = "Print the answers as JSON.")
    boolean json;

    @Override
    public Integer call() throws IOException {
        List<LookupRequest> requests = new ArrayList<>();
        apps.stream().filter(a -> !a.isBlank()).map(LookupRequest::of).forEach(requests::add);
        if (file != null) {
            requests.addAll(read(file));
        }
        if (requests.isEmpty()) {
            throw new Main.CommandFailure("Nothing to look up: name packages or apps, or give --file");
        }
        AppauditConfig config = main.config();
        List<StoreId> ids = stores == null
                ? Arrays.stream(StoreId.values()).filter(s -> config.store(s).enabled()).toList()
                : stores.stream().map(StoreId::of).distinct().toList();
        if (ids.isEmpty()) {
            throw new Main.CommandFailure("No store to ask: every store is disabled (stores.<s>.enabled)");
        }
        ListingChecks checks = ListingChecks.of(CheckCommand.context(config));
        List<LookupEntry> entries;
        try (ElasticSession es = ElasticSession.open(config.elastic());
             LookupSession session = new LookupSession(config, es, ids, checks)) {
            entries = new LookupRun(session).run(requests);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            ObjectMapper mapper = DocumentMapper.create().enable(SerializationFeature.INDENT_OUTPUT);
            out.println(mapper.writeValueAsString(LookupJson.of(mapper, entries)));
        } else {
            out.print(LookupTable.render(entries));
        }
        out.flush();
        // an app no store could tell anything about is a failed look-up, not an answer (the table says why)
        boolean failed = entries.stream().anyMatch(e -> !e.answers().isEmpty()
                && e.answers().stream().allMatch(a -> a.status() == LookupStatus.UNKNOWN));
        return failed ? 1 : 0;
    }

    static List<LookupRequest> read(Path file) {
        List<LookupRequest> out = new ArrayList<>();
        try {
            for (CsvFile.Row row : CsvFile.read(file, List.of())) {
                Optional<String> pkg = Optional.of(row.get("package").strip()).filter(s -> !s.isEmpty());
                Optional<String> name = Optional.of(row.get("name").strip()).filter(s -> !s.isEmpty());
                Optional<String> dev = Optional.of(row.get("developer").strip()).filter(s -> !s.isEmpty());
                if (pkg.isEmpty() && name.isEmpty()) {
                    throw row.problem("needs a package or a name");
                }
                try {
                    out.add(new LookupRequest(pkg, name, dev));
                } catch (IllegalArgumentException e) {
                    throw row.problem(e.getMessage());
                }
            }
        } catch (UserFileException e) {
            throw new Main.CommandFailure(e.getMessage());
        }
        return out;
    }
}
