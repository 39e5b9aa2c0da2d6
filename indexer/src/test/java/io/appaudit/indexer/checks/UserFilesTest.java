package io.appaudit.indexer.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.appaudit.stores.StoreId;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The group, registry and notice files: read as documented, and every bad row named by file and line. */
class UserFilesTest {

    @TempDir
    Path dir;

    @Test
    void readsQuotedCommasAndAByteOrderMark() {
        Path f = Corpus.write(dir, "r.csv", "\uFEFFfiling_number,entity\n京ICP备12345678号-1A,\"Example Co., Ltd.\"\n");
        assertThat(FilingRegistry.read(f).lookup("京ICP备12345678号-1A").orElseThrow().entity())
                .isEqualTo("Example Co., Ltd.");
    }

    @Test
    void findsARegistryNumberWithFullWidthCharactersAndSpaces() {
        Path f = Corpus.write(dir, "r.csv", "filing_number,entity\n京ICP备12345678号-1A,甲公司\n");
        assertThat(FilingRegistry.read(f).lookup("京ICP备 １２３４５６７８号－1A")).isPresent();
    }

    @Test
    void aRowWithTooManyFieldsNamesItsLine() {
        Path f = Corpus.write(dir, "r.csv", "filing_number,entity\n京ICP备12345678号-1A,Example Co., Ltd.\n");
        assertThatThrownBy(() -> FilingRegistry.read(f)).isInstanceOf(UserFileException.class)
                .hasMessage(f + " line 2: has 3 fields, the header has 2 (quote a value that contains a comma)");
    }

    @Test
    void aMissingColumnIsNamed() {
        Path f = Corpus.write(dir, "n.csv", "store,package\ntencent,com.a\n");
        assertThatThrownBy(() -> Notices.read(f)).isInstanceOf(UserFileException.class)
                .hasMessage(f + " line 1: the header has no column 'deadline' (expected store,package,deadline)");
    }

    @Test
    void anEmptyRequiredValueIsNamed() {
        Path f = Corpus.write(dir, "r.csv", "filing_number,entity\n京ICP备12345678号-1A,\n");
        assertThatThrownBy(() -> FilingRegistry.read(f)).hasMessage(f + " line 2: column 'entity' is empty");
    }

    @Test
    void anUnclosedQuoteIsNamed() {
        Path f = Corpus.write(dir, "g.csv", "group,company\nA,\"甲公司\n");
        assertThatThrownBy(() -> CompanyGroups.read(f)).hasMessage(f + " line 2: a quote is not closed");
    }

    @Test
    void aFileThatIsNotUtf8IsRefused() throws Exception {
        Path f = dir.resolve("gbk.csv");
        Files.write(f, "group,company\nA,甲公司\n".getBytes("GBK"));
        assertThatThrownBy(() -> CompanyGroups.read(f)).isInstanceOf(UserFileException.class)
                .hasMessageContaining("is not UTF-8");
    }

    @Test
    void aMissingFileIsNamed() {
        Path f = dir.resolve("absent.csv");
        assertThatThrownBy(() -> Notices.read(f)).hasMessageStartingWith(f + ": cannot be read");
    }

    @Test
    void aDateDeadlineEndsAtMidnightChinaTime() {
        Path f = Corpus.write(dir, "n.csv", "store,package,deadline\n小米,com.a,2026-11-30\n");
        assertThat(Notices.read(f).lookup(StoreId.XIAOMI, "com.a").orElseThrow().deadline())
                .isEqualTo(Instant.parse("2026-11-30T16:00:00Z"));
    }

    @Test
    void aDeadlineMayBeADateTimeWithAnOffset() {
        Path f = Corpus.write(dir, "n.csv", "store,package,deadline\nhuawei,com.a,2026-11-30T18:00+08:00\n");
        assertThat(Notices.read(f).lookup(StoreId.HUAWEI, "com.a").orElseThrow().deadline())
                .isEqualTo(Instant.parse("2026-11-30T10:00:00Z"));
    }

    @Test
    void theEarliestOfTwoNoticesCounts() {
        Path f = Corpus.write(dir, "n.csv", "store,package,deadline\nvivo,com.a,2026-12-31\nvivo,com.a,2026-11-01\n");
        assertThat(Notices.read(f).all()).singleElement().satisfies(n -> assertThat(n.line()).isEqualTo(3));
    }

    @Test
    void aBadDeadlineIsNamed() {
        Path f = Corpus.write(dir, "n.csv", "store,package,deadline\noppo,com.a,30/11/2026\n");
        assertThatThrownBy(() -> Notices.read(f)).hasMessageStartingWith(f + " line 2: deadline '30/11/2026'");
    }

    @Test
    void anUnknownStoreIsNamed() {
        Path f = Corpus.write(dir, "n.csv", "store,package,deadline\nsamsung,com.a,2026-11-30\n");
        assertThatThrownBy(() -> Notices.read(f)).hasMessage(f + " line 2: unknown store 'samsung': use tencent, "
                + "xiaomi, oppo, huawei or vivo");
    }

    @Test
    void aPackageNameMustLookLikeOne() {
        Path f = Corpus.write(dir, "n.csv", "store,package,deadline\ntencent,微信,2026-11-30\n");
        assertThatThrownBy(() -> Notices.read(f)).hasMessage(f + " line 2: '微信' is not an Android package name");
    }

    @Test
    void oneFilingNumberRegisteredToTwoEntitiesIsNamed() {
        Path f = Corpus.write(dir, "r.csv", "filing_number,entity\n京ICP备12345678号,甲公司\n京ICP备12345678号,乙公司\n");
        assertThatThrownBy(() -> FilingRegistry.read(f)).hasMessage(f + " line 3: filing number 京ICP备12345678号 "
                + "is already registered to '甲公司' (line 2)");
    }

    @Test
    void extraColumnsAreKept() {
        List<CsvFile.Row> rows = CsvFile.read(Corpus.write(dir, "x.csv", "a,b,note\n1,2,\"say \"\"hi\"\"\"\n"),
                List.of("a", "b"));
        assertThat(rows.get(0).get("note")).isEqualTo("say \"hi\"");
        assertThat(new String(rows.get(0).get("a").getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8))
                .isEqualTo("1");
    }
}
