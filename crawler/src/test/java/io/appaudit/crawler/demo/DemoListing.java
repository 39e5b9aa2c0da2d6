package io.appaudit.crawler.demo;

import io.appaudit.stores.StoreId;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One demo app as one store shows it: exactly the fields that store's pages carry (a store that never shows a field
 * leaves it empty), after the planted problems. The replay renders it in the store's format; the tests expect the
 * store's adapter to read these values back.
 *
 * @param appId     the store's key of the app ({@code AppRef.storeAppId}): package, {@code C<digits>} or number
 * @param number    the store's second number for the app (Tencent app_id, Xiaomi appId, OPPO verId, Huawei appoid)
 * @param official  the store's own "official" flag (vivo's {@code offical})
 * @param related   store keys of the other demo apps the page lists (Huawei's related-apps cards)
 */
record DemoListing(StoreId store, String appId, String number, String pkg, String name, Optional<String> developer,
                   Optional<String> operator, String versionName, long versionCode, LocalDateTime updated,
                   long sizeBytes, long downloads, double rating, Optional<String> category,
                   Optional<String> shortDescription, String description, Optional<String> privacyUrl,
                   Optional<String> website, Optional<List<String>> permissions, Optional<String> filing,
                   Optional<Integer> targetSdk, Optional<String> md5, Optional<String> sha256,
                   List<Control> controls, List<String> related, boolean official) {

    DemoListing {
        permissions = permissions.map(List::copyOf);
        controls = List.copyOf(controls);
        related = List.copyOf(related);
    }

    /** The buttons, in page order. */
    List<Control> buttons() {
        return controls.stream().filter(c -> c.role() == Control.Role.BUTTON).toList();
    }

    Optional<Control> control(Control.Role role) {
        return controls.stream().filter(c -> c.role() == role).findFirst();
    }

    /** A listing while the catalogue shapes it: every field settable, then frozen by {@link #build()}. */
    static final class Draft {
        final StoreId store;
        final String appId;
        final String number;
        final String pkg;
        String name;
        String developer;
        String operator;
        String versionName;
        long versionCode;
        LocalDateTime updated;
        long sizeBytes;
        long downloads;
        double rating;
        String category;
        String shortDescription;
        String description;
        String privacyUrl;
        String website;
        List<String> permissions;
        String filing;
        Integer targetSdk;
        String md5;
        String sha256;
        final List<Control> controls = new ArrayList<>();
        final List<String> related = new ArrayList<>();
        boolean official;

        Draft(StoreId store, String appId, String number, String pkg) {
            this.store = store;
            this.appId = appId;
            this.number = number;
            this.pkg = pkg;
        }

        /** Replaces the control with this role and label in its place, or adds it at the end. */
        void replace(Control control) {
            for (int i = 0; i < controls.size(); i++) {
                Control c = controls.get(i);
                if (c.role() == control.role() && c.label().equals(control.label())) {
                    controls.set(i, control);
                    return;
                }
            }
            controls.add(control);
        }

        DemoListing build() {
            return new DemoListing(store, appId, number, pkg, name, Optional.ofNullable(developer),
                    Optional.ofNullable(operator), versionName, versionCode, updated, sizeBytes, downloads, rating,
                    Optional.ofNullable(category), Optional.ofNullable(shortDescription), description,
                    Optional.ofNullable(privacyUrl), Optional.ofNullable(website), Optional.ofNullable(permissions),
                    Optional.ofNullable(filing), Optional.ofNullable(targetSdk), Optional.ofNullable(md5),
                    Optional.ofNullable(sha256), controls, related, official);
        }
    }
}
