package io.appaudit.indexer.checks;

import java.util.List;
import java.util.Objects;

/** One package across the stores that listed it in a quarter: the unit of the cross-listing checks. */
public record PackageQuarter(String packageName, List<AppQuarter> apps) {

    public PackageQuarter {
        Objects.requireNonNull(packageName, "packageName");
        apps = List.copyOf(apps);
    }
}
