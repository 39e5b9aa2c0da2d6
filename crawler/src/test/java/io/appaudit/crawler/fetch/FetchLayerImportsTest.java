package io.appaudit.crawler.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The HTTP layer stands on the stores module alone: TLS trust comes from there, not from the indexer. */
class FetchLayerImportsTest {

    @Test
    void theFetchPackageImportsNothingFromTheIndexer() throws IOException {
        Path fetch = Path.of("src", "main", "java", "io", "appaudit", "crawler", "fetch");
        List<String> found;
        try (Stream<Path> files = Files.list(fetch)) {
            found = files.filter(f -> f.toString().endsWith(".java")).flatMap(f -> {
                try {
                    return Files.readAllLines(f).stream().filter(l -> l.startsWith("import io.appaudit.indexer"))
                            .map(l -> f.getFileName() + ": " + l);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
        }
        assertThat(found).isEmpty();
    }
}
