package io.appaudit.crawler.validity;

import io.appaudit.stores.StoreId;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A listing while its store's plants are applied to it; {@link #shown()} freezes it. */
final class Draft {

    final StoreId store;
    final BaseApps.App app;
    final String id;
    String name;
    Optional<String> developer;
    Optional<String> operator = Optional.empty();
    Optional<String> version;
    Optional<LocalDateTime> updated;
    Optional<String> privacy = Optional.empty();
    Optional<List<String>> permissions = Optional.empty();
    Optional<String> filing = Optional.empty();
    Optional<Integer> targetSdk = Optional.empty();
    Optional<String> website = Optional.empty();
    String md5;
    String intro;
    List<Shown.Download> downloads = new ArrayList<>();
    boolean truncated;

    Draft(StoreId store, BaseApps.App app, String id, LocalDateTime updated, String md5) {
        this.store = store;
        this.app = app;
        this.id = id;
        this.name = app.name();
        this.developer = Optional.of(app.developer());
        this.version = Optional.of(app.version());
        this.updated = Optional.of(updated);
        this.md5 = md5;
        this.intro = app.name() + "：简单好用的" + app.product() + "工具，界面清爽，无广告打扰。";
    }

    Shown shown() {
        return new Shown(store, app.pkg(), id, name, developer, operator, version, app.versionCode(), updated, privacy,
                permissions, filing, targetSdk, website, md5, intro, downloads, truncated);
    }
}
