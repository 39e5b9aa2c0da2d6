package io.appaudit.crawler.apk;

import com.android.apksig.ApkSigner;
import com.android.apksig.ApkVerifier;
import com.android.apksig.SigningCertificateLineage;
import com.android.apksig.apk.ApkFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * The vendored APK (io.appium.settings 8.0.10, see test resources apk/SOURCES.txt) and the variants the tests make
 * of it at test time: re-signed with other keys by apksig (v1 only, v2 + v3, a v3 key rotation), the manifest stored
 * instead of deflated, a ZIP64 end, a padded 50 MB file, a truncated one.
 */
final class ApkVariants {

    private ApkVariants() {
    }

    /** A key and its self-signed certificate, made by the JDK's keytool. */
    record Signer(PrivateKey key, X509Certificate cert) {
        String sha256() {
            return SigningBlock.sha256(encoded());
        }

        private byte[] encoded() {
            try {
                return cert.getEncoded();
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    static Path original() {
        try {
            return Path.of(ApkVariants.class.getResource("/apk/settings_apk-debug.apk").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Signer signer(Path dir, String name) throws IOException, InterruptedException, GeneralSecurityException {
        Path ks = dir.resolve(name + ".p12");
        String keytool = Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
        Process p = new ProcessBuilder(keytool, "-genkeypair", "-alias", name, "-keyalg", "RSA", "-keysize", "2048",
                "-validity", "3650", "-dname", "CN=" + name + ", O=appaudit tests", "-storetype", "PKCS12",
                "-keystore", ks.toString(), "-storepass", "changeit", "-keypass", "changeit")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IOException("keytool failed for " + name);
        }
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(ks)) {
            store.load(in, "changeit".toCharArray());
        }
        return new Signer((PrivateKey) store.getKey(name, "changeit".toCharArray()),
                (X509Certificate) store.getCertificate(name));
    }

    /** {@code in} signed by {@code s} with the schemes asked for (apksig drops the old signatures). */
    static Path sign(Path in, Path out, Signer s, boolean v1, boolean v2, boolean v3)
            throws IOException, GeneralSecurityException, ApkFormatException {
        ApkSigner.SignerConfig c = new ApkSigner.SignerConfig.Builder("signer", s.key(), List.of(s.cert())).build();
        new ApkSigner.Builder(List.of(c)).setInputApk(in.toFile()).setOutputApk(out.toFile())
                .setV1SigningEnabled(v1).setV2SigningEnabled(v2).setV3SigningEnabled(v3).setV4SigningEnabled(false)
                .build().sign();
        return out;
    }

    /** {@code in} signed with v3 by {@code next}, with a proof-of-rotation lineage from {@code first}. */
    static Path rotated(Path in, Path out, Signer first, Signer next)
            throws IOException, GeneralSecurityException, ApkFormatException {
        SigningCertificateLineage lineage = new SigningCertificateLineage.Builder(
                new SigningCertificateLineage.SignerConfig.Builder(first.key(), first.cert()).build(),
                new SigningCertificateLineage.SignerConfig.Builder(next.key(), next.cert()).build()).build();
        ApkSigner.SignerConfig a = new ApkSigner.SignerConfig.Builder("first", first.key(), List.of(first.cert()))
                .build();
        ApkSigner.SignerConfig b = new ApkSigner.SignerConfig.Builder("next", next.key(), List.of(next.cert()))
                .build();
        new ApkSigner.Builder(List.of(a, b)).setInputApk(in.toFile()).setOutputApk(out.toFile())
                .setSigningCertificateLineage(lineage).setMinSdkVersionForRotation(28)
                .setV1SigningEnabled(false).setV2SigningEnabled(true).setV3SigningEnabled(true)
                .setV4SigningEnabled(false).build().sign();
        return out;
    }

    /**
     * The zip rewritten entry by entry: the manifest stored (not deflated), and when {@code padding} > 0 a stored
     * asset of that many incompressible bytes after it and {@value #SMALL_ASSETS} small assets (a large APK's layout:
     * a central directory of about 100 KB, more than the tail holds). Unsigned: sign it afterwards.
     */
    static Path rewritten(Path in, Path out, long padding) throws IOException {
        try (ZipFile zip = new ZipFile(in.toFile()); OutputStream os = Files.newOutputStream(out);
             ZipOutputStream z = new ZipOutputStream(os)) {
            for (Enumeration<? extends ZipEntry> en = zip.entries(); en.hasMoreElements(); ) {
                ZipEntry e = en.nextElement();
                if (e.getName().startsWith("META-INF/") && isSignatureFile(e.getName())) {
                    continue;
                }
                byte[] data;
                try (InputStream is = zip.getInputStream(e)) {
                    data = is.readAllBytes();
                }
                ZipEntry n = new ZipEntry(e.getName());
                if ("AndroidManifest.xml".equals(e.getName()) || e.getMethod() == ZipEntry.STORED) {
                    stored(n, data);
                }
                z.putNextEntry(n);
                z.write(data);
                z.closeEntry();
            }
            if (padding > 0) {
                ZipEntry pad = new ZipEntry("assets/padding.bin");
                byte[] chunk = new byte[1 << 20];
                new java.util.Random(17).nextBytes(chunk);
                CRC32 crc = new CRC32();
                long left = padding;
                while (left > 0) {
                    crc.update(chunk, 0, (int) Math.min(chunk.length, left));
                    left -= chunk.length;
                }
                pad.setMethod(ZipEntry.STORED);
                pad.setSize(padding);
                pad.setCompressedSize(padding);
                pad.setCrc(crc.getValue());
                z.putNextEntry(pad);
                left = padding;
                while (left > 0) {
                    z.write(chunk, 0, (int) Math.min(chunk.length, left));
                    left -= chunk.length;
                }
                z.closeEntry();
                for (int i = 0; i < SMALL_ASSETS; i++) {
                    z.putNextEntry(new ZipEntry("assets/strings/" + String.format("%05d", i) + ".txt"));
                    z.write(("asset " + i).getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                    z.closeEntry();
                }
            }
        }
        return out;
    }

    /** Small entries added to a padded APK. */
    static final int SMALL_ASSETS = 1500;

    private static boolean isSignatureFile(String name) {
        String n = name.toUpperCase(java.util.Locale.ROOT);
        return n.equals("META-INF/MANIFEST.MF") || n.endsWith(".SF") || n.endsWith(".RSA") || n.endsWith(".DSA")
                || n.endsWith(".EC");
    }

    private static void stored(ZipEntry n, byte[] data) {
        CRC32 crc = new CRC32();
        crc.update(data);
        n.setMethod(ZipEntry.STORED);
        n.setSize(data.length);
        n.setCompressedSize(data.length);
        n.setCrc(crc.getValue());
    }

    /** The same zip with a ZIP64 end: a ZIP64 end record and locator, the classic end record saying "see ZIP64". */
    static Path zip64(Path in, Path out) throws IOException {
        byte[] b = Files.readAllBytes(in);
        int eocd = b.length - 22;
        ByteBuffer old = ByteBuffer.wrap(b, eocd, 22).slice().order(ByteOrder.LITTLE_ENDIAN);
        if (old.getInt(0) != 0x06054b50) {
            throw new IllegalArgumentException("expected an end record without comment");
        }
        long entries = old.getShort(10) & 0xFFFF;
        long cdSize = old.getInt(12) & 0xFFFFFFFFL;
        long cdOffset = old.getInt(16) & 0xFFFFFFFFL;
        ByteBuffer tail = ByteBuffer.allocate(56 + 20 + 22).order(ByteOrder.LITTLE_ENDIAN);
        tail.putInt(0x06064b50).putLong(44).putShort((short) 45).putShort((short) 45).putInt(0).putInt(0)
                .putLong(entries).putLong(entries).putLong(cdSize).putLong(cdOffset);
        tail.putInt(0x07064b50).putInt(0).putLong(eocd).putInt(1);
        tail.putInt(0x06054b50).putShort((short) 0).putShort((short) 0).putShort((short) 0xFFFF)
                .putShort((short) 0xFFFF).putInt(0xFFFFFFFF).putInt(0xFFFFFFFF).putShort((short) 0);
        byte[] outBytes = Arrays.copyOf(b, eocd + tail.capacity());
        System.arraycopy(tail.array(), 0, outBytes, eocd, tail.capacity());
        Files.write(out, outBytes);
        return out;
    }

    /** The first {@code length} bytes of {@code in}: a download cut short. */
    static Path truncated(Path in, Path out, long length) throws IOException {
        byte[] b = Files.readAllBytes(in);
        Files.write(out, Arrays.copyOf(b, (int) length));
        return out;
    }

    /** The signer certificates' SHA-256 as apksig's verifier finds them, reading the whole file. */
    static List<String> verifiedSigners(Path apk) throws IOException, GeneralSecurityException,
            ApkFormatException {
        ApkVerifier.Result r = new ApkVerifier.Builder(apk.toFile()).build().verify();
        if (!r.isVerified()) {
            throw new IllegalStateException("apksig does not verify " + apk + ": " + r.getErrors());
        }
        return r.getSignerCertificates().stream().map(c -> {
            try {
                return HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                        .digest(c.getEncoded()));
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    /** The v1 signer certificates' SHA-256 as the JDK's JarFile verifies them, reading every entry. */
    static List<String> jarSigners(Path apk) throws IOException {
        java.util.Set<String> out = new java.util.LinkedHashSet<>();
        try (java.util.jar.JarFile jar = new java.util.jar.JarFile(apk.toFile(), true)) {
            for (Enumeration<java.util.jar.JarEntry> en = jar.entries(); en.hasMoreElements(); ) {
                java.util.jar.JarEntry e = en.nextElement();
                if (e.isDirectory() || e.getName().startsWith("META-INF/")) {
                    continue;
                }
                try (InputStream is = jar.getInputStream(e)) {
                    is.transferTo(OutputStream.nullOutputStream());
                }
                java.security.CodeSigner[] signers = e.getCodeSigners();
                if (signers == null) {
                    throw new IllegalStateException(e.getName() + " is not signed");
                }
                for (java.security.CodeSigner cs : signers) {
                    try {
                        out.add(SigningBlock.sha256(cs.getSignerCertPath().getCertificates().get(0).getEncoded()));
                    } catch (GeneralSecurityException ex) {
                        throw new IllegalStateException(ex);
                    }
                }
            }
        }
        return List.copyOf(out);
    }

    static byte[] read(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
