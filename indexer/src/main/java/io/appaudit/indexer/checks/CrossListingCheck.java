package io.appaudit.indexer.checks;

import io.appaudit.stores.StoreId;
import java.util.Map;

/** A check that compares one package's listings across stores (D2, D3). */
public interface CrossListingCheck extends Check {

    /** The outcome for every store listing the package; a store that cannot be compared is "unknown". */
    Map<StoreId, Outcome> evaluate(PackageQuarter pkg, CheckContext context);
}
