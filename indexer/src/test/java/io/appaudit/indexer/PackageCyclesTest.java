package io.appaudit.indexer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The document values sit below the checks: checks read documents, documents never reach into the checks. */
class PackageCyclesTest {

    private static final Path SOURCES = Path.of("src", "main", "java", "io", "appaudit", "indexer");

    private static List<String> importsOf(String pkg, String forbidden) throws IOException {
        try (Stream<Path> files = Files.list(SOURCES.resolve(pkg))) {
            return files.filter(f -> f.toString().endsWith(".java")).flatMap(f -> {
                try {
                    return Files.readAllLines(f).stream()
                            .filter(l -> l.startsWith("import " + forbidden))
                            .map(l -> f.getFileName() + ": " + l);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
        }
    }

    @Test
    void theDocumentsImportNothingFromTheChecks() throws IOException {
        assertThat(importsOf("docs", "io.appaudit.indexer.checks")).isEmpty();
    }

    @Test
    void companyNamesImportNothingFromTheChecksOrTheDocuments() throws IOException {
        assertThat(importsOf("names", "io.appaudit.indexer.checks")).isEmpty();
        assertThat(importsOf("names", "io.appaudit.indexer.docs")).isEmpty();
    }
}
