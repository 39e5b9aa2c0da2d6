package io.appaudit.indexer.checks;

import io.appaudit.stores.ListingField;
import io.appaudit.stores.StoreId;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Everything a check may consult besides the listing: thresholds, the user's files, and per store the disclosures
 * its format never shows.
 */
public record CheckContext(CheckConfig config, CompanyGroups groups, FilingRegistry registry, Notices notices,
                           Map<StoreId, Set<ListingField>> neverShown) {

    public CheckContext {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(groups, "groups");
        Objects.requireNonNull(registry, "registry");
        Objects.requireNonNull(notices, "notices");
        Map<StoreId, Set<ListingField>> m = new EnumMap<>(StoreId.class);
        neverShown.forEach((k, v) -> m.put(k, Set.copyOf(v)));
        neverShown = Map.copyOf(m);
    }

    /** Reads the user files the configuration names; a bad file fails here with its name and line. */
    public static CheckContext load(CheckConfig config, Map<StoreId, Set<ListingField>> neverShown) {
        return new CheckContext(config,
                config.groupFile().map(CompanyGroups::read).orElseGet(CompanyGroups::brandsOnly),
                config.registryFile().map(FilingRegistry::read).orElseGet(FilingRegistry::none),
                config.noticeFile().map(Notices::read).orElseGet(Notices::none),
                neverShown);
    }

    /** The disclosures a store's format never shows (empty when not known). */
    public Set<ListingField> neverShown(StoreId store) {
        return neverShown.getOrDefault(store, Set.of());
    }

    /** True when the store's format makes the check impossible for every one of its listings. */
    public boolean blocked(CheckId check, StoreId store) {
        return check.blockedBy(neverShown(store));
    }
}
