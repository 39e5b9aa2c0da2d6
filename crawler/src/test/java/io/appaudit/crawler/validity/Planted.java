package io.appaudit.crawler.validity;

/**
 * A check's expected outcome for one store's listing of a package: a problem the audit must report, or a decoy
 * that must not fire. {@code how} says what was planted, for the notes and failure messages.
 */
record Planted(String store, String pkg, String check, String how) {

    Planted {
        if (store.isBlank() || pkg.isBlank() || !check.matches("[RZDM][0-9]")) {
            throw new IllegalArgumentException("a planted outcome needs a store, package and check id: " + check);
        }
    }

    /** The key findings are compared on. */
    Key key() {
        return new Key(store, pkg, check);
    }

    /** Store, package and check: what a finding and a planted problem have in common. */
    record Key(String store, String pkg, String check) implements Comparable<Key> {
        @Override
        public int compareTo(Key o) {
            return (check + store + pkg).compareTo(o.check + o.store + o.pkg);
        }
    }
}
