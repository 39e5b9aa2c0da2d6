package io.appaudit.crawler.apk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import net.dongliu.apk.parser.ApkFile;
import net.dongliu.apk.parser.bean.ApkMeta;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The range reader on the vendored APK and its variants, read from local files: its facts are compared with what
 * apk-parser (the manifest) and apksig's verifier (the signers) find reading the whole file.
 */
class ApkReaderTest {

    private static final ApkReader READER = new ApkReader(5, 1024 * 1024);

    @TempDir
    static Path dir;
    private static ApkVariants.Signer alice;
    private static ApkVariants.Signer bob;

    @BeforeAll
    static void keys() throws Exception {
        alice = ApkVariants.signer(dir, "alice");
        bob = ApkVariants.signer(dir, "bob");
    }

    private static ApkFacts read(Path apk) throws ApkReadException {
        try (FileRangeSource s = new FileRangeSource(apk)) {
            return READER.read(s);
        }
    }

    private static void assertManifestAsApkParserReadsIt(Manifest m, Path apk) throws IOException {
        ApkMeta meta;
        try (ApkFile f = new ApkFile(apk.toFile())) {
            meta = f.getApkMeta();
        }
        assertThat(m.packageName()).isEqualTo(meta.getPackageName());
        assertThat(m.versionCode()).contains(meta.getVersionCode());
        assertThat(m.versionName()).contains(meta.getVersionName());
        assertThat(m.minSdk()).contains(Integer.parseInt(meta.getMinSdkVersion()));
        assertThat(m.targetSdk()).contains(Integer.parseInt(meta.getTargetSdkVersion()));
        assertThat(m.permissions()).containsExactlyInAnyOrderElementsOf(meta.getUsesPermissions());
    }

    @Test
    void readsTheVendoredApkAsApkParserAndApksigReadTheWholeFile() throws Exception {
        Path apk = ApkVariants.original();
        ApkFacts f;
        try (FileRangeSource s = new FileRangeSource(apk)) {
            f = READER.read(s);
            assertThat(s.requests()).isBetween(1, 4);
            assertThat(s.bytesRead()).isLessThan(Files.size(apk) / 10);
        }

        assertManifestAsApkParserReadsIt(f.manifest(), apk);
        assertThat(f.manifest().packageName()).isEqualTo("io.appium.settings");
        assertThat(f.manifest().permissions()).contains("android.permission.ACCESS_FINE_LOCATION");
        assertThat(f.signers().signerSha256()).isEqualTo(ApkVariants.verifiedSigners(apk)).hasSize(1);
        assertThat(f.signers().schemes()).contains("v2");
        assertThat(f.signers().lineageSha256()).isEmpty();
    }

    @Test
    void readsTheNewSignerOfAnApkReSignedWithAnotherKey() throws Exception {
        Path resigned = ApkVariants.sign(ApkVariants.original(), dir.resolve("resigned.apk"), alice, false, true,
                true);

        ApkFacts f = read(resigned);

        assertThat(f.signers().signerSha256()).containsExactly(alice.sha256())
                .isEqualTo(ApkVariants.verifiedSigners(resigned))
                .doesNotContainAnyElementsOf(read(ApkVariants.original()).signers().signerSha256());
        assertThat(f.signers().schemes()).containsExactly("v2", "v3");
        assertThat(f.manifest()).isEqualTo(read(ApkVariants.original()).manifest());
    }

    @Test
    void readsTheCertificateOfAV1OnlySignatureFromItsPkcs7Block() throws Exception {
        Path v1 = ApkVariants.sign(ApkVariants.original(), dir.resolve("v1.apk"), bob, true, false, false);

        ApkFacts f = read(v1);

        assertThat(f.signers().schemes()).containsExactly("v1");
        assertThat(f.signers().signerSha256()).containsExactly(bob.sha256())
                .isEqualTo(ApkVariants.jarSigners(v1));
    }

    @Test
    void readsTheRotationLineageOfAV3SignatureOldestFirst() throws Exception {
        Path rotated = ApkVariants.rotated(ApkVariants.original(), dir.resolve("rotated.apk"), alice, bob);

        ApkFacts f = read(rotated);

        assertThat(f.signers().schemes()).contains("v3");
        assertThat(f.signers().signerSha256()).containsExactly(bob.sha256());
        assertThat(f.signers().lineageSha256()).containsExactly(alice.sha256(), bob.sha256());
    }

    @Test
    void readsAStoredManifestAsTheDeflatedOne() throws Exception {
        Path stored = ApkVariants.sign(ApkVariants.rewritten(ApkVariants.original(), dir.resolve("stored-u.apk"), 0),
                dir.resolve("stored.apk"), alice, false, true, false);
        try (java.util.zip.ZipFile z = new java.util.zip.ZipFile(stored.toFile())) {
            assertThat(z.getEntry("AndroidManifest.xml").getMethod()).isEqualTo(java.util.zip.ZipEntry.STORED);
        }

        ApkFacts f = read(stored);

        assertThat(f.manifest()).isEqualTo(read(ApkVariants.original()).manifest());
        assertManifestAsApkParserReadsIt(f.manifest(), stored);
        assertThat(f.signers().signerSha256()).containsExactly(alice.sha256());
    }

    @Test
    void readsAZipWhoseEndIsZip64() throws Exception {
        Path z64 = ApkVariants.zip64(ApkVariants.sign(ApkVariants.original(), dir.resolve("z64-in.apk"), alice,
                false, true, false), dir.resolve("z64.apk"));

        ApkFacts f = read(z64);

        assertThat(f.manifest()).isEqualTo(read(ApkVariants.original()).manifest());
        assertThat(f.signers().signerSha256()).containsExactly(alice.sha256());
    }

    @Test
    void readsUnderOnePercentOfA50MegabyteApkInAtMostFourRequests() throws Exception {
        Path big = ApkVariants.sign(ApkVariants.rewritten(ApkVariants.original(), dir.resolve("big-u.apk"),
                50L * 1024 * 1024), dir.resolve("big.apk"), alice, false, true, true);
        try (FileRangeSource s = new FileRangeSource(big)) {
            ApkFacts f = READER.read(s);

            assertThat(f.manifest().packageName()).isEqualTo("io.appium.settings");
            assertThat(s.requests()).isLessThanOrEqualTo(4);
            assertThat(s.bytesRead()).isLessThan(Files.size(big) / 100);
        }
    }

    @Test
    void saysATruncatedDownloadIsNotAZip() throws Exception {
        Path cut = ApkVariants.truncated(ApkVariants.original(), dir.resolve("cut.apk"), 2_000_000);

        assertThat(failure(cut).status()).isEqualTo(ApkStatus.NOT_AN_APK);
    }

    @Test
    void saysRandomBytesAreNotAnApk() throws Exception {
        byte[] noise = new byte[300_000];
        new Random(3).nextBytes(noise);
        Path p = Files.write(dir.resolve("noise.apk"), noise);

        ApkReadException e = failure(p);
        assertThat(e.status()).isEqualTo(ApkStatus.NOT_AN_APK);
        assertThat(e.getMessage()).contains("not a zip");
    }

    @Test
    void saysALayoutBeyondTheByteBudgetIsOverBudget() throws Exception {
        // the tail (64 KiB + 22 bytes) fits, the manifest after it does not
        ApkReader small = new ApkReader(5, 66 * 1024);
        try (FileRangeSource s = new FileRangeSource(ApkVariants.original())) {
            ApkReadException e = org.junit.jupiter.api.Assertions.assertThrows(ApkReadException.class,
                    () -> small.read(s));
            assertThat(e.status()).isEqualTo(ApkStatus.OVER_BUDGET);
            assertThat(s.bytesRead()).isLessThanOrEqualTo(66 * 1024);
        }
    }

    @Test
    void saysALayoutBeyondTheRequestBudgetIsOverBudget() throws Exception {
        ApkReader one = new ApkReader(1, 1024 * 1024);
        try (FileRangeSource s = new FileRangeSource(ApkVariants.original())) {
            ApkReadException e = org.junit.jupiter.api.Assertions.assertThrows(ApkReadException.class,
                    () -> one.read(s));
            assertThat(e.status()).isEqualTo(ApkStatus.OVER_BUDGET);
            assertThat(s.requests()).isEqualTo(1);
        }
    }

    private static ApkReadException failure(Path p) {
        return org.junit.jupiter.api.Assertions.assertThrows(ApkReadException.class, () -> read(p));
    }
}
