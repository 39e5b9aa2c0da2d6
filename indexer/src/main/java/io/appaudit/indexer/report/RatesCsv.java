package io.appaudit.indexer.report;

import io.appaudit.indexer.rates.Proportion;
import io.appaudit.indexer.rates.QuarterRates;
import io.appaudit.indexer.rates.QuarterRates.Changes;
import io.appaudit.indexer.rates.QuarterRates.CheckRates;
import io.appaudit.indexer.rates.QuarterRates.FamilyRates;
import io.appaudit.indexer.rates.QuarterRates.Overdue;
import io.appaudit.indexer.rates.QuarterRates.StoreRates;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * The rates as {@code appaudit rates --csv} prints them, row for row: one per store, family, check and overdue app.
 * A check row's rate is over its {@code evaluated} apps; a check evaluated for none has empty rate and interval
 * cells, its coverage (0) and 0 evaluated.
 */
public final class RatesCsv {

    static final List<String> HEADER = List.of("quarter", "store", "scope", "id", "title", "audited", "flagged", "rate",
            "ci_low", "ci_high", "coverage", "evaluated", "problems", "share", "new", "persisting", "rectified", "informational",
            "deadline", "notice", "last_seen");

    private RatesCsv() {
    }

    /** Writes the header and every row, CRLF line ends. */
    public static void write(Writer out, QuarterRates r) throws IOException {
        CsvRows csv = new CsvRows(out, HEADER);
        for (StoreRates s : r.stores()) {
            csv.row(row(r.quarter(), s.store(), "store", s.store(), s.storeName(), s.audited(), s.flagged(), null,
                    s.share().problems(), s.share().share(), s.changes(), null));
            for (FamilyRates f : s.families()) {
                csv.row(row(r.quarter(), s.store(), "family", f.family(), f.title(), s.audited(), f.flagged(), null,
                        f.share().problems(), f.share().share(), f.changes(), null));
            }
            for (CheckRates c : s.checks()) {
                csv.row(row(r.quarter(), s.store(), "check", c.check(), c.title(), s.audited(), c.flagged(), c.coverage(),
                        c.flagged().k(), null, c.changes(), c.informational()));
            }
        }
        for (Overdue o : r.overdue()) {
            List<String> cells = new ArrayList<>(List.of(r.quarter(), o.store(), "overdue", o.packageName(),
                    CsvRows.text(o.name())));
            while (cells.size() < HEADER.size() - 3) {
                cells.add("");
            }
            cells.addAll(List.of(CsvRows.text(o.deadline()), CsvRows.text(o.notice()), CsvRows.text(o.lastSeen())));
            csv.row(cells);
        }
    }

    private static List<String> row(String quarter, String store, String scope, String id, String title, long audited,
                                    Proportion flagged, Proportion coverage, long problems, Double share, Changes ch,
                                    Long informational) {
        return List.of(quarter, store, scope, id, title, Long.toString(audited), Long.toString(flagged.k()),
                CsvRows.number(flagged.rate()), CsvRows.number(flagged.low()), CsvRows.number(flagged.high()),
                coverage == null ? "" : CsvRows.number(coverage.rate()),
                coverage == null ? "" : Long.toString(coverage.k()), Long.toString(problems), CsvRows.number(share),
                Long.toString(ch.newProblems()), Long.toString(ch.persisting()), Long.toString(ch.rectified()),
                informational == null ? "" : informational.toString(), "", "", "");
    }
}
