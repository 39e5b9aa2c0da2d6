package io.appaudit.crawler;

import static org.assertj.core.api.Assertions.assertThat;

import io.appaudit.stores.StoreId;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A store is registered in one place, its {@link StoreId} constant naming its module: the main code outside the
 * store packages holds no case per store (a {@code switch} over store ids, or a comparison with one store's id).
 */
class StoreRegistryTest {

    private static final Path ROOT = Path.of("..");
    private static final List<String> MODULES = List.of("stores", "indexer", "crawler");
    private static final String NAMES = Arrays.stream(StoreId.values()).map(StoreId::name)
            .collect(Collectors.joining("|"));
    private static final String IDS = Arrays.stream(StoreId.values()).map(StoreId::id)
            .collect(Collectors.joining("|"));
    /** A case label naming a store (constant or id), or a comparison with one store's constant. */
    private static final Pattern PER_STORE = Pattern.compile("case\\s+(?:StoreId\\.)?(?:" + NAMES + ")\\b"
            + "|case\\s+\"(?:" + IDS + ")\""
            + "|[!=]=\\s*StoreId\\.(?:" + NAMES + ")\\b|StoreId\\.(?:" + NAMES + ")\\s*[!=]=");
    /**
     * The one exception: OPPO's signing keys and environment variables are read by the crawler's configuration,
     * which the stores module cannot see (see docs/adding-a-store.md, "A store's own settings").
     */
    private static final Set<String> ALLOWED = Set.of(
            "crawler/src/main/java/io/appaudit/crawler/config/StoreCrawlConfig.java: == StoreId.OPPO");

    @Test
    void noMainCodeOutsideTheStorePackagesHoldsACasePerStore() throws IOException {
        List<String> found = new ArrayList<>();
        for (String module : MODULES) {
            Path src = ROOT.resolve(module).resolve("src/main/java");
            try (Stream<Path> files = Files.walk(src)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".java")).filter(p -> !inAStorePackage(src, p))
                        .toList()) {
                    Matcher m = PER_STORE.matcher(Files.readString(f));
                    while (m.find()) {
                        found.add(module + "/src/main/java/" + src.relativize(f).toString().replace('\\', '/')
                                + ": " + m.group());
                    }
                }
            }
        }
        // the exception is found too: a scan that read nothing would pass on an empty list
        assertThat(found).as("cases per store outside the store packages: route them through StoreModule")
                .containsExactlyInAnyOrderElementsOf(ALLOWED);
    }

    private static boolean inAStorePackage(Path src, Path file) {
        Path rel = src.relativize(file);
        return rel.getNameCount() == 5 && rel.subpath(0, 3).equals(Path.of("io/appaudit/stores"))
                && Arrays.stream(StoreId.values()).anyMatch(s -> rel.getName(3).toString().equals(s.id()));
    }
}
