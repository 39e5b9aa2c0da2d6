package io.appaudit.crawler.demo;

import java.util.Objects;

/**
 * A download control a demo listing shows, as the store would render it: a button (the first one is the page's main
 * button), the store's APK endpoint field, or Tencent's second source's APK field.
 */
record Control(Role role, String label, DownloadPath path) {

    /** How a store shows the control. */
    enum Role { BUTTON, ENDPOINT, SUPPLEMENT }

    Control {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(path, "path");
    }
}
