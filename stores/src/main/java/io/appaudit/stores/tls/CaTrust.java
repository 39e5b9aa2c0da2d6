package io.appaudit.stores.tls;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

/**
 * TLS that trusts the system's CAs and, in addition, the CAs of one PEM file: how a cluster with a CA of its own,
 * or a TLS-inspecting proxy, is trusted without ever switching verification off.
 *
 * @param context      an SSL context with that trust
 * @param trustManager its trust manager (OkHttp needs both)
 */
public record CaTrust(SSLContext context, X509TrustManager trustManager) {

    /**
     * Reads the PEM file named by the configuration key {@code key}.
     *
     * @throws IllegalArgumentException naming the key and the file when it cannot be read or holds no certificate
     */
    public static CaTrust fromPem(Path pem, String key) {
        try (InputStream in = Files.newInputStream(pem)) {
            KeyStore ks = KeyStore.getInstance(KeyStore.getDefaultType());
            ks.load(null, null);
            int i = 0;
            for (Certificate c : CertificateFactory.getInstance("X.509").generateCertificates(in)) {
                ks.setCertificateEntry("ca-" + i++, (X509Certificate) c);
            }
            if (i == 0) {
                throw new IllegalArgumentException(key + " " + pem + " holds no PEM certificate");
            }
            for (X509Certificate c : x509(systemTrust()).getAcceptedIssuers()) {
                ks.setCertificateEntry("sys-" + i++, c);
            }
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            tmf.init(ks);
            X509TrustManager tm = x509(tmf.getTrustManagers());
            SSLContext ctx = SSLContext.getInstance("TLS");
            ctx.init(null, new TrustManager[] {tm}, null);
            return new CaTrust(ctx, tm);
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalArgumentException("Cannot read " + key + " " + pem + ": " + e.getMessage()
                    + " (it must be a PEM file of CA certificates)", e);
        }
    }

    private static TrustManager[] systemTrust() throws GeneralSecurityException {
        TrustManagerFactory sys = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        sys.init((KeyStore) null);
        return sys.getTrustManagers();
    }

    private static X509TrustManager x509(TrustManager[] managers) {
        for (TrustManager tm : managers) {
            if (tm instanceof X509TrustManager x) {
                return x;
            }
        }
        throw new IllegalStateException("The JDK offers no X.509 trust manager");
    }
}
