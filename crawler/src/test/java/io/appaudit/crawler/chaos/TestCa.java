package io.appaudit.crawler.chaos;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

/**
 * A certificate authority of a test's own and a server certificate it signed for 127.0.0.1, made with the JDK's
 * keytool: the CA's certificate as PEM (what elastic.ca-certificate points to) and the server's key store.
 */
final class TestCa {

    private static final String PASSWORD = "chaos-store-password";

    final Path caPem;
    final Path serverKeyStore;

    private TestCa(Path caPem, Path serverKeyStore) {
        this.caPem = caPem;
        this.serverKeyStore = serverKeyStore;
    }

    static TestCa create(Path dir) throws IOException, InterruptedException {
        Path ca = dir.resolve("ca.p12");
        Path pem = dir.resolve("ca.pem");
        Path server = dir.resolve("server.p12");
        Path csr = dir.resolve("server.csr");
        Path cert = dir.resolve("server.pem");
        keytool("-genkeypair", "-alias", "ca", "-keyalg", "RSA", "-keysize", "2048", "-dname",
                "CN=appaudit chaos test CA", "-ext", "bc:c", "-validity", "2", "-keystore", ca.toString(),
                "-storetype", "PKCS12", "-storepass", PASSWORD);
        keytool("-exportcert", "-rfc", "-alias", "ca", "-keystore", ca.toString(), "-storepass", PASSWORD,
                "-file", pem.toString());
        keytool("-genkeypair", "-alias", "server", "-keyalg", "RSA", "-keysize", "2048", "-dname", "CN=127.0.0.1",
                "-validity", "2", "-keystore", server.toString(), "-storetype", "PKCS12", "-storepass", PASSWORD);
        keytool("-certreq", "-alias", "server", "-keystore", server.toString(), "-storepass", PASSWORD, "-file",
                csr.toString());
        keytool("-gencert", "-alias", "ca", "-keystore", ca.toString(), "-storepass", PASSWORD, "-infile",
                csr.toString(), "-outfile", cert.toString(), "-rfc", "-validity", "2", "-ext", "san=ip:127.0.0.1",
                "-ext", "eku=serverAuth");
        keytool("-importcert", "-alias", "ca", "-file", pem.toString(), "-keystore", server.toString(),
                "-storepass", PASSWORD, "-noprompt");
        keytool("-importcert", "-alias", "server", "-file", cert.toString(), "-keystore", server.toString(),
                "-storepass", PASSWORD, "-noprompt");
        return new TestCa(pem, server);
    }

    /** The server side of TLS with the CA-signed certificate. */
    SSLContext serverContext() throws IOException, GeneralSecurityException {
        KeyStore ks = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(serverKeyStore)) {
            ks.load(in, PASSWORD.toCharArray());
        }
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(ks, PASSWORD.toCharArray());
        SSLContext ctx = SSLContext.getInstance("TLS");
        ctx.init(kmf.getKeyManagers(), null, null);
        return ctx;
    }

    private static void keytool(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IOException("keytool " + String.join(" ", args) + " failed: " + out);
        }
    }
}
