package io.appaudit.stores.kit;

import java.util.Optional;

/** Small, total functions over store text: blank means unknown. */
public final class Text {

    private Text() {
    }

    /** Trims and collapses a store string; blank or null becomes null (unknown). */
    public static String clean(String s) {
        if (s == null) {
            return null;
        }
        String t = s.replace('\u00a0', ' ').replace('\u3000', ' ').strip();
        return t.isEmpty() ? null : t;
    }

    /** {@link #clean(String)} as an Optional. */
    public static Optional<String> present(String s) {
        return Optional.ofNullable(clean(s));
    }
}
