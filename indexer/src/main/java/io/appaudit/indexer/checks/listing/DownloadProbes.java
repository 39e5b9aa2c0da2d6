package io.appaudit.indexer.checks.listing;

import io.appaudit.indexer.checks.CheckConfig;
import io.appaudit.indexer.docs.ListingDocument;
import io.appaudit.indexer.docs.ListingDocument.Control;
import io.appaudit.indexer.docs.ListingDocument.Probe;
import java.util.List;
import java.util.Optional;

/** The download controls of a listing and what probing them revealed (the crawler's {@code probes}). */
final class DownloadProbes {

    static final String DOWNLOAD = "download";
    /** Controls a visitor sees as download buttons; the store's bare APK endpoint is not one of them. */
    private static final List<String> STYLED = List.of("primary", "alternate");

    private DownloadProbes() {
    }

    static List<Probe> downloads(ListingDocument d) {
        return d.probes() == null ? List.of()
                : d.probes().stream().filter(p -> DOWNLOAD.equals(p.kind())).toList();
    }

    static List<Control> styledControls(ListingDocument d) {
        return d.downloadControls() == null ? List.of()
                : d.downloadControls().stream().filter(c -> STYLED.contains(c.kind())).toList();
    }

    /** The probe of a control, matched by the control's URL. */
    static Optional<Probe> probeOf(ListingDocument d, Control c) {
        return downloads(d).stream().filter(p -> c.url().equals(p.controlUrl())).findFirst();
    }

    /** The label a probe was made for: its own, else that of the control with its URL. */
    static String label(ListingDocument d, Probe p) {
        if (ListingText.present(p.label())) {
            return p.label();
        }
        return d.downloadControls() == null ? "" : d.downloadControls().stream()
                .filter(c -> c.url().equals(p.controlUrl())).map(Control::label).findFirst().orElse("");
    }

    /** True when a label promises a "high-speed / safe" download (the configured words). */
    static boolean fastLabel(String label, CheckConfig config) {
        String l = ListingText.fold(label);
        return !l.isEmpty() && config.fastDownloadWords().stream().anyMatch(w -> l.contains(ListingText.fold(w)));
    }

    static String chain(Probe p) {
        return p.chain() == null || p.chain().isEmpty() ? null : String.join(" → ", p.chain());
    }
}
