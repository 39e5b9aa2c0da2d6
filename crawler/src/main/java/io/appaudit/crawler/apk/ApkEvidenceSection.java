package io.appaudit.crawler.apk;

import com.fasterxml.jackson.databind.JsonNode;
import io.appaudit.crawler.evidence.CapturedExchange;
import io.appaudit.crawler.evidence.EvidenceFinder;
import io.appaudit.crawler.evidence.TerminalText;
import io.appaudit.stores.StoreId;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The part of {@code appaudit evidence} that shows what was read of the APKs a listing's downloads delivered: per
 * download probe, the status (and why, when not read), the facts derived, and each range exchange behind them (the
 * Range asked for, the answer's status and Content-Range, the bytes received, the WARC record).
 */
public final class ApkEvidenceSection {

    private static final Pattern RANGE = Pattern.compile("(?im)^Range:\\s*(.+?)\\s*$");
    private static final int MAX_SHOWN = 200;

    private ApkEvidenceSection() {
    }

    /** Prints the section for an indexed listing document; nothing when no probe read an APK. */
    public static void print(PrintWriter out, JsonNode listing, EvidenceFinder finder, StoreId store)
            throws IOException {
        for (JsonNode probe : listing.path("probes")) {
            JsonNode apk = probe.path("apk");
            if (apk.isMissingNode() || apk.isNull()) {
                continue;
            }
            out.println();
            out.println("== delivered APK (" + text(probe.path("control_url")) + ")");
            out.println("status      " + text(apk.path("status"))
                    + (apk.hasNonNull("reason") ? ": " + text(apk.path("reason")) : ""));
            line(out, "final URL", apk.path("final_url"));
            line(out, "package", apk.path("package"));
            line(out, "versionCode", apk.path("version_code"));
            line(out, "versionName", apk.path("version_name"));
            line(out, "minSdk", apk.path("min_sdk"));
            line(out, "targetSdk", apk.path("target_sdk"));
            line(out, "schemes", apk.path("schemes"));
            line(out, "signer", apk.path("signer_sha256"));
            line(out, "lineage", apk.path("lineage_sha256"));
            line(out, "permissions", apk.path("permissions"));
            out.println("read        " + apk.path("requests").asInt() + " requests, " + apk.path("bytes_read").asLong()
                    + " bytes" + (apk.hasNonNull("content_length") ? " of " + apk.path("content_length").asLong()
                    : "") + (apk.hasNonNull("read_at") ? " at " + text(apk.path("read_at")) : ""));
            if (apk.hasNonNull("cached_from")) {
                out.println("reused      read earlier for snapshot " + text(apk.path("cached_from"))
                        + " (no request made this time); its exchanges:");
            }
            for (JsonNode id : apk.path("evidence")) {
                exchange(out, finder, store, id.asText());
            }
        }
        out.flush();
    }

    private static void exchange(PrintWriter out, EvidenceFinder finder, StoreId store, String id)
            throws IOException {
        Optional<CapturedExchange> x = finder.byRecordId(List.of(store), id);
        if (x.isEmpty()) {
            out.println("  " + id + "  (not in the WARC files)");
            return;
        }
        CapturedExchange c = x.get();
        Matcher m = RANGE.matcher(c.request().orElse(""));
        out.println("  " + (m.find() ? "Range: " + TerminalText.escape(m.group(1)) : "no Range") + "  → HTTP "
                + c.status() + c.header("Content-Range").map(r -> " " + TerminalText.escape(r)).orElse("") + ", "
                + c.payload().length + " bytes" + (c.truncated() ? " (cut off)" : "") + "  " + c.file() + " "
                + c.recordId());
    }

    private static void line(PrintWriter out, String label, JsonNode v) {
        if (v.isMissingNode() || v.isNull()) {
            return;
        }
        if (v.isArray()) {
            StringBuilder sb = new StringBuilder();
            v.forEach(e -> sb.append(sb.length() == 0 ? "" : ", ").append(text(e)));
            out.println(String.format("%-11s %s", label, sb.length() == 0 ? "(none)" : sb));
        } else {
            out.println(String.format("%-11s %s", label, text(v)));
        }
    }

    /** Text from a store or server: escaped and bounded. */
    private static String text(JsonNode v) {
        String s = v.asText();
        return TerminalText.escape(s.length() > MAX_SHOWN ? s.substring(0, MAX_SHOWN) + "…" : s);
    }
}
