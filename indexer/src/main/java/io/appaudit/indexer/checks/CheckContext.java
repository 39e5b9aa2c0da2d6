package io.appaudit.indexer.checks;

import io.appaudit.stores.StoreId;
import java.util.Objects;

/**
 * Everything a check may consult besides the listing: thresholds, the user's files, and what each store showed in
 * the quarter (measured by {@code appaudit check}; unmeasured while listings are checked as they are crawled).
 */
public record CheckContext(CheckConfig config, CompanyGroups groups, FilingRegistry registry, Notices notices,
                           ShownFields shown) {

    public CheckContext {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(groups, "groups");
        Objects.requireNonNull(registry, "registry");
        Objects.requireNonNull(notices, "notices");
        Objects.requireNonNull(shown, "shown");
    }

    /** Reads the user files the configuration names; a bad file fails here with its name and line. */
    public static CheckContext load(CheckConfig config) {
        return new CheckContext(config,
                config.groupFile().map(CompanyGroups::read).orElseGet(CompanyGroups::brandsOnly),
                config.registryFile().map(FilingRegistry::read).orElseGet(FilingRegistry::none),
                config.noticeFile().map(Notices::read).orElseGet(Notices::none),
                ShownFields.unmeasured());
    }

    /** This context with a quarter's measured shares. */
    public CheckContext withShown(ShownFields measured) {
        return new CheckContext(config, groups, registry, notices, measured);
    }

    /** True when the store does not show what the check needs, which makes it unknown for all of its listings. */
    public boolean blocked(CheckId check, StoreId store) {
        return check.blockedBy(shown.notShown(store));
    }

    /** Why a blocked check is unknown in the store, with the measured shares. */
    public String blockedNote(CheckId check, StoreId store) {
        return shown.note(store, check.needs());
    }
}
