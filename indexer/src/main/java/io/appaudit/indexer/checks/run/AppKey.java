package io.appaudit.indexer.checks.run;

import io.appaudit.stores.StoreId;

/** One app: a store and a package. */
record AppKey(StoreId store, String packageName) {
}
