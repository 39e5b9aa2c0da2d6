package io.appaudit.crawler.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.appaudit.indexer.ElasticConnection;
import io.appaudit.indexer.TestElasticsearch;
import io.appaudit.indexer.layout.IndexLayout;
import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The common file failures reach the user as sentences (the path, what is wrong, what to do), never as the name
 * of a Java exception. The failures are the file system's own, provoked for real.
 */
class FileErrorMessagesTest {

    @TempDir
    Path dir;

    @Test
    void aPathThatAlreadyExistsIsNamedWithWhatToDo() throws IOException {
        Path taken = Files.writeString(dir.resolve("taken"), "x");
        IOException e = catchThrowableOfType(IOException.class, () -> Files.createDirectory(taken));
        assertThat(IoFailureText.describe(e)).isEqualTo(taken + " already exists: choose another --out or delete it");
    }

    @Test
    void aFolderWhereAFileIsNeededIsNamedAsAFolder() {
        IOException e = catchThrowableOfType(IOException.class, () -> new FileOutputStream(dir.toFile()).close());
        assertThat(IoFailureText.describe(e)).isEqualTo(dir + " is a folder, a file is needed");
    }

    @Test
    void aFolderReadAsAFileIsSaidInWordsEvenWithoutAPath() {
        IOException e = catchThrowableOfType(IOException.class, () -> Files.readAllBytes(dir));
        assertThat(IoFailureText.describe(e)).isEqualTo("a path given is a folder, a file is needed");
    }

    @Test
    void aMissingFileIsNamed() {
        Path missing = dir.resolve("missing.yaml");
        IOException e = catchThrowableOfType(IOException.class, () -> Files.readString(missing));
        assertThat(IoFailureText.describe(e)).isEqualTo(missing + " does not exist: check the path");
    }

    @Test
    void aFileWhereAFolderIsNeededIsNamedAsAFile() throws IOException {
        Path file = Files.writeString(dir.resolve("file"), "x");
        IOException e = catchThrowableOfType(IOException.class, () -> Files.createDirectories(file.resolve("sub")));
        assertThat(IoFailureText.describe(e)).startsWith(file.toString()).contains("is a file, a folder is needed");
    }

    @Test
    void parseGivenAFolderSaysSoAndExitsOne() {
        Cli.Run r = Cli.run("--data-dir", dir.resolve("data").toString(), "parse", "--store", "vivo", dir.toString());
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains(dir + " is a folder, a file is needed").doesNotContain("Exception");
    }

    @Test
    void reportOntoAnExistingFileSaysItAlreadyExistsAndWhatToDo() throws IOException {
        try (ElasticConnection es = ElasticConnection.open(TestElasticsearch.config("reportout"))) {
            new IndexLayout(es.config().indexPrefix()).install(es);
            try {
                Path config = Files.writeString(dir.resolve("appaudit.yaml"), "data:\n  dir: " + dir.resolve("data")
                        + "\nelastic:\n  urls: [\"" + TestElasticsearch.url() + "\"]\n  index-prefix: "
                        + es.config().indexPrefix() + "\n", StandardCharsets.UTF_8);
                Path taken = Files.writeString(dir.resolve("report.html"), "not a folder");
                Cli.Run r = Cli.run("--config", config.toString(), "report", "--quarter", "2026Q4", "--out",
                        taken.toString());
                assertThat(r.exitCode()).as(r.err()).isEqualTo(1);
                assertThat(r.err()).contains(taken + " already exists: choose another --out or delete it")
                        .doesNotContain("Exception");
            } finally {
                TestElasticsearch.cleanUp(es);
            }
        }
    }
}
