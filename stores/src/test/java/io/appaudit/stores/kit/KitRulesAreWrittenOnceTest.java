package io.appaudit.stores.kit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The rules the toolkit holds once (Chinese counts, HTML as plain text, "is an http(s) URL", a page number read back
 * from a request) are not written again inside a store package, under the names their former copies had.
 */
class KitRulesAreWrittenOnceTest {

    private static final List<String> STORES = List.of("huawei", "oppo", "tencent", "vivo", "xiaomi");
    /** Declarations of the former private copies; calls such as {@code PlainUrls.isHttp(u)} do not match. */
    private static final Pattern COPY = Pattern.compile(
            "\\bclass\\s+(PlainText|InstallCounts|DownloadCounts|IntroductionText|ChineseCounts)\\b"
                    + "|\\bboolean\\s+(isHttpUrl|isHttp)\\s*\\("
                    + "|\\b(chineseCount|stripHtml|intParam)\\s*\\(");

    @Test
    void noStorePackageDeclaresItsOwnCopyOfAKitRule() throws IOException {
        Path root = Path.of(System.getProperty("basedir", "."), "src", "main", "java", "io", "appaudit", "stores");
        List<String> found = new ArrayList<>();
        int files = 0;
        for (String store : STORES) {
            try (Stream<Path> sources = Files.list(root.resolve(store))) {
                for (Path f : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                    files++;
                    found.addAll(copies(f));
                }
            }
        }
        assertThat(files).as("store sources found under " + root).isGreaterThan(STORES.size());
        assertThat(found).isEmpty();
    }

    @Test
    void recognisesTheFormerCopiesByTheirDeclarations() {
        assertThat(COPY.matcher("final class InstallCounts {").find()).isTrue();
        assertThat(COPY.matcher("    private static boolean isHttpUrl(String s) {").find()).isTrue();
        assertThat(COPY.matcher("    static Optional<Long> chineseCount(String s) {").find()).isTrue();
        assertThat(COPY.matcher("        if (u != null && PlainUrls.isHttp(u)) {").find()).isFalse();
        assertThat(COPY.matcher("import io.appaudit.stores.kit.PlainText;").find()).isFalse();
    }

    private static List<String> copies(Path file) {
        try {
            List<String> out = new ArrayList<>();
            List<String> lines = Files.readAllLines(file);
            for (int i = 0; i < lines.size(); i++) {
                Matcher m = COPY.matcher(lines.get(i));
                if (m.find()) {
                    out.add(file.getParent().getFileName() + "/" + file.getFileName() + ":" + (i + 1) + ": "
                            + lines.get(i).strip());
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
