package io.appaudit.crawler.apk;

import java.io.ByteArrayInputStream;
import java.security.cert.Certificate;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * The v1 (JAR) signature's signer certificates: the PKCS#7 SignedData of a {@code META-INF/*.RSA|DSA|EC} entry,
 * whose certificates the JDK's X.509 factory reads directly. The signer is the certificate that issued none of the
 * others (the leaf of the chain the block carries).
 */
final class V1Signature {

    private V1Signature() {
    }

    /** True for a v1 signature block entry name. */
    static boolean isSignatureBlock(String name) {
        String n = name.toUpperCase(Locale.ROOT);
        return n.startsWith("META-INF/") && n.indexOf('/', 9) < 0
                && (n.endsWith(".RSA") || n.endsWith(".DSA") || n.endsWith(".EC"));
    }

    /** The SHA-256 of the signer certificate(s) in one signature block. */
    static List<String> signers(byte[] pkcs7) throws ApkReadException {
        Collection<? extends Certificate> certs;
        try {
            certs = CertificateFactory.getInstance("X.509").generateCertificates(new ByteArrayInputStream(pkcs7));
        } catch (CertificateException e) {
            throw ApkReadException.unreadable("a v1 signature block that is not PKCS#7 with certificates: "
                    + e.getMessage());
        }
        List<X509Certificate> x509 = certs.stream().filter(X509Certificate.class::isInstance)
                .map(X509Certificate.class::cast).toList();
        List<String> out = new ArrayList<>();
        for (X509Certificate c : x509) {
            boolean issuer = x509.stream().anyMatch(o -> o != c
                    && o.getIssuerX500Principal().equals(c.getSubjectX500Principal()));
            if (!issuer || x509.size() == 1) {
                try {
                    out.add(SigningBlock.sha256(c.getEncoded()));
                } catch (CertificateEncodingException e) {
                    throw ApkReadException.unreadable("a v1 certificate that cannot be encoded");
                }
            }
        }
        if (out.isEmpty()) {
            throw ApkReadException.unreadable("a v1 signature block without certificates");
        }
        return out;
    }
}
