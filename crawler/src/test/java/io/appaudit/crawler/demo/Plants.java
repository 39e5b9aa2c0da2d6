package io.appaudit.crawler.demo;

import io.appaudit.crawler.demo.DemoSet.GroupMember;
import io.appaudit.crawler.demo.DemoSet.Notice;
import io.appaudit.crawler.demo.DemoSet.Planted;
import io.appaudit.stores.StoreId;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * The problems planted in known listings, one or two per family and store where the store's format can show them,
 * and the decoys that must not fire. Each plant records its PLANTED.md row; everything not planted stays clean.
 */
final class Plants {

    static final String PROBLEM = "problem";
    static final String INFORMATIONAL = "informational";
    static final String NONE = "none";
    static final String UNKNOWN = "unknown";

    /** 应用宝's own installer, which microdown.myapp.com links deliver. */
    static final String INSTALLER_PACKAGE = "com.tencent.android.qqdownloader";
    static final String INSTALLER_URL =
            "https://microdown.myapp.com/ug/20261118_5e0c1d7a9b3f42e68d1a0c7b2e9f4a31_offset_30814208.apk";
    static final String INSTALLER_FILE = INSTALLER_PACKAGE + "_9.1.0.apk";
    static final String OPPO_MARKET_PACKAGE = "com.heytap.market";

    private final Map<StoreId, Map<String, DemoListing.Draft>> drafts;
    private final Brands brands;
    private final Random rnd;
    private final LocalDate reference;
    private final StoreViews views;
    final List<Planted> rows = new ArrayList<>();
    final List<Notice> notices = new ArrayList<>();
    final List<GroupMember> groups = new ArrayList<>();
    /** Filing number → the entity the registry export names instead of the app's developer. */
    final Map<String, String> registryOverrides = new LinkedHashMap<>();
    final Set<String> missingPages = new LinkedHashSet<>();
    final Set<String> deadHosts = new LinkedHashSet<>();

    Plants(Map<StoreId, Map<String, DemoListing.Draft>> drafts, Brands brands, Random rnd, LocalDate reference,
           StoreViews views) {
        this.drafts = drafts;
        this.brands = brands;
        this.rnd = rnd;
        this.reference = reference;
        this.views = views;
    }

    DemoListing.Draft draft(StoreId store, BaseApp app) {
        DemoListing.Draft d = drafts.get(store).get(app.pkg());
        if (d == null) {
            throw new IllegalStateException(store + " does not list " + app.pkg());
        }
        return d;
    }

    /** A row of PLANTED.md; a problem is in both quarters (persisting) unless the status is given. */
    void row(StoreId store, BaseApp app, String check, String outcome, String how) {
        row(store, app, check, outcome, outcome.equals(PROBLEM) ? Planted.PERSISTING : "", how);
    }

    void row(StoreId store, BaseApp app, String check, String outcome, String status, String how) {
        rows.add(new Planted(store.id(), app.pkg(), check, outcome, status, how));
    }

    /** A company of a brand no other demo company has: unrelated to every other. */
    String unrelatedCompany() {
        return Brands.company(brands.take(), rnd);
    }

    /** Makes the listing stale: its last update this many days before the reference date. */
    void stale(StoreId store, BaseApp app, int days) {
        DemoListing.Draft d = draft(store, app);
        d.updated = reference.minusDays(days).atTime(d.updated.toLocalTime());
        row(store, app, "Z1", PROBLEM, "updated " + d.updated.toLocalDate() + ", " + days + " days before "
                + reference);
    }

    /** The privacy link answers 404 (R4); the website stays up. */
    void missingPrivacyPage(StoreId store, BaseApp app) {
        DemoListing.Draft d = draft(store, app);
        d.privacyUrl = "https://" + app.domain() + "/legal/privacy-2019.html";
        missingPages.add(d.privacyUrl);
        row(store, app, "R4", PROBLEM, "privacy-policy link " + d.privacyUrl + " answers 404");
    }

    /** The developer's host answers 404 to everything: website and privacy link both dead (Z4, and so R4). */
    void deadDeveloper(StoreId store, BaseApp app) {
        deadHosts.add(app.domain());
        row(store, app, "Z4", PROBLEM, "website " + app.website() + " and privacy link both answer 404 (host "
                + app.domain() + " is gone)");
        row(store, app, "R4", PROBLEM, "privacy-policy link " + app.privacyUrl() + " answers 404");
    }

    /** Every download control of the listing answers this status (Z3). */
    void deadDownload(StoreId store, BaseApp app, int status, boolean afterRedirect) {
        DemoListing.Draft d = draft(store, app);
        List<Control> dead = new ArrayList<>();
        for (Control c : d.controls) {
            List<String> hops = afterRedirect ? c.path().hops() : List.of(c.path().url());
            dead.add(new Control(c.role(), c.label(), DownloadPath.dead(hops, status)));
        }
        d.controls.clear();
        d.controls.addAll(dead);
        row(store, app, "Z3", PROBLEM, "download " + dead.get(0).path().url() + (afterRedirect
                ? " redirects to " + dead.get(0).path().finalUrl() + ", which answers " : " answers ") + status);
    }

    /** A take-down notice for the listing, with its deadline. */
    void notice(StoreId store, BaseApp app, LocalDate deadline, String outcome) {
        String reference = noticeName(deadline);
        notices.add(new Notice(store, app.pkg(), deadline, reference));
        row(store, app, "Z5", outcome, "named in notices.csv (" + reference + "), deadline " + deadline
                + (outcome.equals(PROBLEM) ? ", passed" : ", not yet passed"));
    }

    /** The made-up notice a deadline belongs to. */
    static String noticeName(LocalDate deadline) {
        return "演示通报 " + YearMonth.from(deadline.minusMonths(1));
    }

    /** An extra download-styled button leading to another payload. */
    void button(StoreId store, BaseApp app, String label, DownloadPath path) {
        draft(store, app).controls.add(new Control(Control.Role.BUTTON, label, path));
    }

    static DownloadPath installer() {
        return DownloadPath.file(List.of(INSTALLER_URL), Optional.of(INSTALLER_FILE), Optional.of(INSTALLER_PACKAGE));
    }

    StoreViews views() {
        return views;
    }

    Random rnd() {
        return rnd;
    }

    Brands brands() {
        return brands;
    }

    LocalDate reference() {
        return reference;
    }
}
