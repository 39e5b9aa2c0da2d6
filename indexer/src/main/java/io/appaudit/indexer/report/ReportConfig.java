package io.appaudit.indexer.report;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/** Where reports go and how many quarters the trend shows. */
public record ReportConfig(Optional<Path> out, int trendQuarters) {

    public ReportConfig {
        Objects.requireNonNull(out, "out");
        if (trendQuarters < 1 || trendQuarters > 20) {
            throw new IllegalArgumentException("report.trend-quarters: " + trendQuarters + " is outside 1 to 20");
        }
    }
}
