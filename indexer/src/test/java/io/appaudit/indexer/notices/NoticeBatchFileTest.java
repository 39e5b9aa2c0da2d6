package io.appaudit.indexer.notices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.appaudit.indexer.checks.UserFileException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NoticeBatchFileTest {

    @TempDir
    Path dir;

    private Path write(String text) throws IOException {
        return Files.writeString(dir.resolve("batch.csv"), text, StandardCharsets.UTF_8);
    }

    @Test
    void readsABatchOfAppsNamedByPackageOrByNameAndDeveloper() throws IOException {
        List<NoticeBatch> batches = NoticeBatchFile.read(write("""
                notice,date,deadline,package,name,developer,problem
                2026-q4-01,2026-11-20,2026-11-30,com.example.one,,,
                2026-q4-01,2026-11-20,2026-11-30,,记账本,"乙软件有限公司, 深圳",D1
                """));
        assertThat(batches).singleElement().satisfies(b -> {
            assertThat(b.id()).isEqualTo("2026-q4-01");
            assertThat(b.deadline()).isEqualTo(Instant.parse("2026-11-30T16:00:00Z"));
            assertThat(b.apps()).hasSize(2);
            assertThat(b.apps().get(1).developer()).hasValue("乙软件有限公司, 深圳");
            assertThat(b.apps().get(1).problem()).hasValue("D1");
        });
    }

    @Test
    void refusesARowWithNeitherPackageNorNameNamingTheLine() throws IOException {
        Path f = write("notice,date,deadline,package,name\nb1,2026-11-20,2026-11-30,,\n");
        assertThatThrownBy(() -> NoticeBatchFile.read(f)).isInstanceOf(UserFileException.class)
                .hasMessageContaining("2").hasMessageContaining("package or a name");
    }

    @Test
    void refusesABatchIdThatCouldNotNameAFile() throws IOException {
        Path f = write("notice,date,deadline,package\n../x,2026-11-20,2026-11-30,com.example.one\n");
        assertThatThrownBy(() -> NoticeBatchFile.read(f)).isInstanceOf(UserFileException.class)
                .hasMessageContaining("batch id");
    }

    @Test
    void theDemosNoticeBatchReadsWithOneAppNamedOnlyByNameAndDeveloper() {
        List<NoticeBatch> batches = NoticeBatchFile.read(Path.of("..", "demo", "notice-batch.csv"));
        assertThat(batches).singleElement().satisfies(b -> {
            assertThat(b.apps()).hasSize(4);
            assertThat(b.apps()).filteredOn(a -> a.packageName().isEmpty()).singleElement()
                    .satisfies(a -> assertThat(a.developer()).isPresent());
        });
    }
}
