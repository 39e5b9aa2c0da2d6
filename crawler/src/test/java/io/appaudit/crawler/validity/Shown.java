package io.appaudit.crawler.validity;

import io.appaudit.stores.StoreId;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * One store's listing of a generated app, as its pages show it: an empty value is a field this listing does not
 * show (a planted omission, or a field the store's documented format has no place for).
 */
record Shown(StoreId store, String pkg, String id, String name, Optional<String> developer, Optional<String> operator,
             Optional<String> version, long versionCode, Optional<LocalDateTime> updated,
             Optional<String> privacy, Optional<List<String>> permissions, Optional<String> filing,
             Optional<Integer> targetSdk, Optional<String> website, String md5, String intro,
             List<Download> downloads, boolean truncated) {

    Shown {
        if (pkg.isBlank() || id.isBlank() || name.isBlank() || md5.length() != 32) {
            throw new IllegalArgumentException("a generated listing needs a package, id, name and MD5: " + pkg);
        }
        permissions = permissions.map(List::copyOf);
        downloads = List.copyOf(downloads);
    }

    /** The detail page as served: cut to 60 % of its characters where the plant says so (a truncated reply). */
    String served(String page) {
        return truncated ? page.substring(0, page.length() * 6 / 10) : page;
    }

    /**
     * A download control: its label, the URL it links, and the package of the file it ends at (none: the link is
     * dead and answers 404). {@code redirect} is the URL the link answers 302 to, when it redirects.
     */
    record Download(String label, String url, Optional<String> redirect, Optional<String> delivers, String fileName) {

        Download {
            if (label.isBlank() || !url.startsWith("https://")) {
                throw new IllegalArgumentException("a download control needs a label and an https URL: " + url);
            }
        }

        /** Where the file is (or is not) served: the redirect target, else the link itself. */
        String end() {
            return redirect.orElse(url);
        }
    }
}
