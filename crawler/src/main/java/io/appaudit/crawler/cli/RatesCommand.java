package io.appaudit.crawler.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.appaudit.crawler.config.AppauditConfig;
import io.appaudit.indexer.DocumentMapper;
import io.appaudit.indexer.ElasticSession;
import io.appaudit.indexer.docs.Quarter;
import io.appaudit.indexer.rates.NotEvaluated;
import io.appaudit.indexer.rates.Proportion;
import io.appaudit.indexer.rates.QuarterRates;
import io.appaudit.indexer.rates.QuarterRates.CheckRates;
import io.appaudit.indexer.rates.QuarterRates.FamilyRates;
import io.appaudit.indexer.rates.QuarterRates.Overdue;
import io.appaudit.indexer.rates.QuarterRates.StoreRates;
import io.appaudit.indexer.rates.RatesService;
import io.appaudit.indexer.rates.StaleFindingsException;
import io.appaudit.indexer.report.RatesCsv;
import io.appaudit.stores.StoreId;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code appaudit rates}: per store, family and check, the problem rate (flagged apps ÷ audited apps, with a 95 %
 * Wilson interval), coverage, the regulator-style share of problems, and the change against the previous quarter;
 * as a table, CSV or JSON. The numbers come from {@link RatesService}, as the report's do.
 */
@Command(name = "rates", mixinStandardHelpOptions = true,
        description = "Problem rates of a quarter per store, family and check (run 'appaudit check' first).")
final class RatesCommand implements Callable<Integer> {

    /** Control and format characters (including bidirectional overrides) that a store's text could use on a terminal. */
    private static final Pattern UNPRINTABLE = Pattern.compile("[\\p{Cc}\\p{Cf}]");

    @ParentCommand
    Main main;
    @Spec
    CommandSpec spec;
    @Mixin
    DemoOption demo;

    @Option(names = "--quarter", paramLabel = "QUARTER",
            description = "The quarter, like 2026Q4 (China time). Default: the current quarter.")
    String quarter;

    @Option(names = "--store", paramLabel = "STORE", split = ",",
            description = "Show only these stores (tencent, xiaomi, oppo, huawei, vivo); shares stay over all stores.")
    List<String> stores = new ArrayList<>();

    @ArgGroup(exclusive = true)
    Format format = new Format();

    static final class Format {
        @Option(names = "--json", description = "Print JSON.")
        boolean json;
        @Option(names = "--csv", description = "Print CSV (one row per store, family, check and overdue app).")
        boolean csv;
    }

    @Override
    public Integer call() throws IOException {
        AppauditConfig config = demo.config(main);
        Quarter q = CheckCommand.quarter(quarter);
        Set<String> wanted = stores.stream().map(s -> StoreId.of(s).id()).collect(Collectors.toSet());
        QuarterRates rates;
        try (ElasticSession session = ElasticSession.open(config.elastic())) {
            rates = new RatesService(session.connection(), session.layout(), CheckCommand.context(config)).compute(q);
        } catch (StaleFindingsException e) {
            throw new Main.CommandFailure(e.getMessage());
        }
        if (!wanted.isEmpty()) {
            rates = new QuarterRates(rates.quarter(), rates.previousQuarter(),
                    rates.stores().stream().filter(s -> wanted.contains(s.store())).toList(), rates.totals(),
                    rates.overdue().stream().filter(o -> wanted.contains(o.store())).toList());
        }
        PrintWriter out = spec.commandLine().getOut();
        if (format.json) {
            ObjectMapper m = DocumentMapper.create().enable(SerializationFeature.INDENT_OUTPUT);
            out.println(m.writeValueAsString(rates));
        } else if (format.csv) {
            RatesCsv.write(out, rates);
        } else {
            table(out, rates);
        }
        out.flush();
        return 0;
    }

    // ---- table ----

    private static void table(PrintWriter out, QuarterRates r) {
        headline(out, r);
        details(out, r);
    }

    /** The per-store table with its legend: what `appaudit audit` prints at the end. */
    static void headline(PrintWriter out, QuarterRates r) {
        out.printf("Problem rates %s (compared with %s)%n", r.quarter(), r.previousQuarter());
        out.println("Rate  = flagged apps ÷ audited apps of the store, with its 95 % Wilson interval.");
        out.println("Share = the store's problems ÷ all stores' problems: the regulator's figure, not a rate.");
        out.println();
        TextTable stores = new TextTable("Store", "Audited", "Flagged", "Rate", "95 % interval", "Problems",
                "Share", "New", "Persisting", "Rectified");
        for (StoreRates s : r.stores()) {
            stores.add(s.storeName() + " (" + s.store() + ")", s.audited(), s.flagged().k(), pct(s.flagged().rate()),
                    interval(s.flagged()), s.share().problems(), pct(s.share().share()), s.changes().newProblems(),
                    s.changes().persisting(), s.changes().rectified());
        }
        stores.add("All stores", r.totals().audited(), r.totals().flagged().k(), pct(r.totals().flagged().rate()),
                interval(r.totals().flagged()), r.totals().problems(), "", r.totals().changes().newProblems(),
                r.totals().changes().persisting(), r.totals().changes().rectified());
        stores.print(out);
    }

    private static void details(PrintWriter out, QuarterRates r) {
        for (StoreRates s : r.stores()) {
            out.println();
            out.printf("%s (%s): by family%n", s.storeName(), s.store());
            TextTable families = new TextTable("Family", "Flagged", "Rate", "95 % interval", "Share of family");
            for (FamilyRates f : s.families()) {
                families.add(f.family() + " " + f.title(), f.flagged().k(), pct(f.flagged().rate()),
                        interval(f.flagged()), pct(f.share().share()));
            }
            families.print(out);
            out.printf("%s (%s): by check (rate = flagged ÷ the apps the check could be evaluated for)%n",
                    s.storeName(), s.store());
            TextTable checks = new TextTable("Check", "Evaluated", "Flagged", "Rate", "95 % interval", "Coverage",
                    "Informational", "New", "Persisting", "Rectified");
            for (CheckRates c : s.checks()) {
                String rate = c.notEvaluated().map(NotEvaluated::label).orElse(pct(c.flagged().rate()));
                checks.add(c.check() + " " + c.title(), c.evaluated(), c.flagged().k(), rate,
                        c.notEvaluated().isPresent() ? "" : interval(c.flagged()), pct(c.coverage().rate()),
                        c.informational(), c.changes().newProblems(), c.changes().persisting(),
                        c.changes().rectified());
            }
            checks.print(out);
            if (!s.platform().notShown().isEmpty()) {
                out.printf("Not shown by %s (a platform-level observation; measured share of its apps): %s; so unknown "
                        + "there: %s%n", s.store(), s.platform().notShown().stream()
                                .map(n -> n.field() + " " + pct(n.share()) + " of " + n.evaluated())
                                .collect(Collectors.joining(", ")),
                        String.join(", ", s.platform().checksUnknown()));
            }
            out.println("Not updated for: " + s.staleBuckets().stream()
                    .map(b -> "≥ " + b.days() + " days " + b.apps()).collect(Collectors.joining(", ")));
        }
        if (!r.overdue().isEmpty()) {
            out.println();
            out.println("Still listed after a take-down deadline (Z5):");
            TextTable overdue = new TextTable("Store", "Package", "Name", "Deadline", "Notice", "Last seen");
            for (Overdue o : r.overdue()) {
                overdue.add(o.store(), o.packageName(), o.name(), o.deadline(), o.notice(), o.lastSeen());
            }
            overdue.print(out);
        }
    }

    private static String pct(Double d) {
        return d == null ? "–" : String.format(Locale.ROOT, "%.1f %%", d * 100);
    }

    private static String interval(Proportion p) {
        return p.low() == null ? "–" : String.format(Locale.ROOT, "%.1f–%.1f %%", p.low() * 100, p.high() * 100);
    }

    /** Text for a terminal: a store's control and format characters removed. */
    static String printable(Object o) {
        return o == null ? "" : UNPRINTABLE.matcher(o.toString()).replaceAll("");
    }

    /** Columns padded by display width (a Chinese character takes two cells); numbers right-aligned. */
    private static final class TextTable {
        private final List<String> header;
        private final List<List<String>> rows = new ArrayList<>();
        private final List<Boolean> numeric = new ArrayList<>();

        TextTable(String... header) {
            this.header = List.of(header);
            for (int i = 0; i < header.length; i++) {
                numeric.add(i > 0);
            }
        }

        void add(Object... cells) {
            List<String> row = new ArrayList<>();
            for (int i = 0; i < cells.length; i++) {
                row.add(printable(cells[i]));
                if (!(cells[i] instanceof Number) && cells[i] != null && !cells[i].toString().matches("[–0-9.% ]*")) {
                    numeric.set(i, false);
                }
            }
            rows.add(row);
        }

        void print(PrintWriter out) {
            int[] width = new int[header.size()];
            for (int i = 0; i < width.length; i++) {
                width[i] = width(header.get(i));
                for (List<String> r : rows) {
                    width[i] = Math.max(width[i], width(r.get(i)));
                }
            }
            line(out, header, width);
            for (List<String> r : rows) {
                line(out, r, width);
            }
        }

        private void line(PrintWriter out, List<String> cells, int[] width) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < cells.size(); i++) {
                String pad = " ".repeat(width[i] - width(cells.get(i)));
                sb.append(i == 0 ? "" : "  ").append(numeric.get(i) ? pad + cells.get(i) : cells.get(i) + pad);
            }
            out.println(sb.toString().stripTrailing());
        }

        private static int width(String s) {
            return s.codePoints().map(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
                    || (c >= 0xFF01 && c <= 0xFF60) || (c >= 0x3000 && c <= 0x303F) ? 2 : 1).sum();
        }
    }
}
